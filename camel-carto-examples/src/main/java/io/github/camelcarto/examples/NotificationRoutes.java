package io.github.camelcarto.examples;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Route 4, shared by the others: a notification (a Map) becomes one JSON line appended to
 * {@code outbox/notifications.jsonl} and, when {@code notify.webhookUrl} is set, is POSTed there with camel-http.
 * The file is the record; a webhook that is down is logged and does not fail the file or job being reported.
 */
public final class NotificationRoutes extends RouteBuilder {

    static final String NOTIFICATIONS_FILE = "notifications.jsonl";

    @Override
    public void configure() {
        String webhookUrl = new Settings(getContext()).text("notify.webhookUrl");

        var notify = from("direct:notify")
                .routeId("notify")
                .marshal().json()
                .convertBodyTo(String.class)
                .setProperty("notification", body())
                .transform(body().append("\n"))
                .to("file:{{examples.outboxDir}}?fileName=" + NOTIFICATIONS_FILE + "&fileExist=Append");

        if (!webhookUrl.isEmpty()) {
            notify.setBody(exchangeProperty("notification"))
                    .doTry()
                        .removeHeaders("CamelHttp*")
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .to(webhookUrl)
                    .doCatch(Exception.class)
                        .log("Webhook POST failed (the notification is in " + NOTIFICATIONS_FILE + "): ${exception.message}")
                    .end();
        }
    }
}
