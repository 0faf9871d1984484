package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LDS endpoints over the gazetteer. Appendix B 'LDS geocode / reverse': HTTP 200 with a top-level array of
 * {@code {error, value}} entries, a miss being an entry with its error set; batch results in input order.
 */
class LdsTest {

    private static final double SEVILLA_LON = -5.9845;
    private static final double SEVILLA_LAT = 37.3891;

    @RegisterExtension
    static CartoLocalExtension carto = CartoLocalExtension.create().configure(config -> config
            .address("Calle Ebro, 1, Sevilla", "ES", SEVILLA_LON, SEVILLA_LAT)
            .address("1 Main Street", "US", -73.99, 40.73)
            .address("1 Main Street", "GB", -0.12, 51.50));

    static HttpHelper http;

    @BeforeAll
    static void client() {
        http = HttpHelper.of(carto.server());
    }

    private static JsonNode get(String pathAndQuery) {
        HttpHelper.Response response = http.get(pathAndQuery);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    @Test
    void geocodeFindsARegisteredAddressWhateverItsCaseCommasAndSpaces() {
        JsonNode answer = get("/v3/lds/geocoding/geocode?address=" + HttpHelper.encode("calle  ebro 1 SEVILLA") + "&country=ES");

        assertEquals(1, answer.size());
        assertTrue(answer.at("/0/error").isNull());
        assertEquals(SEVILLA_LAT, answer.at("/0/value/0/latitude").doubleValue());
        assertEquals(SEVILLA_LON, answer.at("/0/value/0/longitude").doubleValue());
        assertEquals("Calle Ebro, 1, Sevilla", answer.at("/0/value/0/address").textValue());
    }

    @Test
    void aMissIsAnEntryWithItsErrorNotAnHttpError() {
        JsonNode unknown = get("/v3/lds/geocoding/geocode?address=" + HttpHelper.encode("Nowhere 9"));
        JsonNode otherCountry = get("/v3/lds/geocoding/geocode?address=" + HttpHelper.encode("Calle Ebro 1 Sevilla") + "&country=FR");

        assertEquals("No results found for address 'Nowhere 9'", unknown.at("/0/error").textValue());
        assertEquals(0, unknown.at("/0/value").size());
        assertTrue(otherCountry.at("/0/error").textValue().contains("in FR"));
    }

    @Test
    void limitAndCountryChooseAmongPlacesOfTheSameAddress() {
        String address = "&address=" + HttpHelper.encode("1 Main Street");

        assertEquals(1, get("/v3/lds/geocoding/geocode?" + address).at("/0/value").size());
        assertEquals(2, get("/v3/lds/geocoding/geocode?limit=5" + address).at("/0/value").size());
        assertEquals("GB", get("/v3/lds/geocoding/geocode?country=gb" + address).at("/0/value/0/country").textValue());
        assertEquals(400, http.get("/v3/lds/geocoding/geocode?limit=0" + address).status());
    }

    @Test
    void addressesRegisteredAtRunTimeAndFromAFileAreFound(@TempDir Path folder) throws Exception {
        carto.server().registerAddress("Plaça de Catalunya", null, 2.1700, 41.3870);
        Path csv = folder.resolve("gazetteer.csv");
        Files.writeString(csv, "latitude,longitude,address,country\n48.8584,2.2945,\"Champ de Mars, 5 Avenue Anatole France\",FR\n");

        JsonNode registered = get("/v3/lds/geocoding/geocode?country=ES&address=" + HttpHelper.encode("plaça de catalunya"));
        try (CartoLocal fromFile = CartoLocal.start(CartoLocalConfig.builder().gazetteer(csv).build())) {
            JsonNode read = HttpHelper.of(fromFile).get("/v3/lds/geocoding/geocode?address="
                    + HttpHelper.encode("Champ de Mars, 5 Avenue Anatole France")).json();

            assertEquals(48.8584, read.at("/0/value/0/latitude").doubleValue());
        }
        assertEquals(2.17, registered.at("/0/value/0/longitude").doubleValue());
    }

    @Test
    void reverseGeocodeAnswersTheNearestAddressWithinAKilometre() {
        JsonNode near = get("/v3/lds/geocoding/reverse?lat=37.3895&lon=-5.9850&language=es");
        JsonNode far = get("/v3/lds/geocoding/reverse?lat=37.5&lon=-5.9");

        assertEquals("Calle Ebro, 1, Sevilla", near.at("/0/value/0/address").textValue());
        assertTrue(near.at("/0/error").isNull());
        assertTrue(far.at("/0/error").textValue().startsWith("No address found within 1000 m"), far.toString());
        assertEquals(400, http.get("/v3/lds/geocoding/reverse?lat=north").status());
    }

    @Test
    void batchAnswersEachAddressInInputOrder() {
        HttpHelper.Response response = http.postJson("/v3/lds/geocoding/batch", Map.of("addresses", List.of(
                "Calle Ebro 1 Sevilla", Map.of("address", "Nowhere 9"), Map.of("address", "1 Main Street", "country", "GB")),
                "options", Map.of("language", "en")));

        assertEquals(200, response.status(), response.body());
        JsonNode answer = response.json();
        assertEquals(3, answer.size());
        assertEquals(SEVILLA_LAT, answer.at("/0/value/0/latitude").doubleValue());
        assertTrue(answer.at("/1/error").textValue().contains("Nowhere 9"));
        assertEquals("GB", answer.at("/2/value/0/country").textValue());
    }

    @Test
    void batchRefusesMoreThanCartosLimitAndMalformedAddresses() {
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            tooMany.add("address " + i);
        }

        assertEquals(400, http.postJson("/v3/lds/geocoding/batch", Map.of("addresses", tooMany)).status());
        assertEquals(400, http.postJson("/v3/lds/geocoding/batch", Map.of("addresses", List.of(7))).status());
        assertEquals(400, http.postJson("/v3/lds/geocoding/batch", Map.of("address", "x")).status());
    }

    /** The CARTO CLI passes provider options as JSON on every LDS call (Appendix B). */
    @Test
    void optionsMustBeAJsonObject() {
        String sevilla = "/v3/lds/geocoding/geocode?address=" + HttpHelper.encode("Calle Ebro 1 Sevilla") + "&options=";

        assertEquals(200, http.get(sevilla + HttpHelper.encode("{\"language\":\"es\"}")).status());
        assertEquals(400, http.get(sevilla + HttpHelper.encode("[1]")).status());
        assertEquals(400, http.get(sevilla + HttpHelper.encode("{\"language\":")).status());
    }

    @Test
    void isolinesAreCirclesAModeCoversInAStraightLine() {
        JsonNode byTime = get("/v3/lds/isolines?origin=" + SEVILLA_LON + "," + SEVILLA_LAT + "&mode=car&range=300,600.5&range_type=time");
        JsonNode byDistance = get("/v3/lds/isolines?origin=" + SEVILLA_LON + "," + SEVILLA_LAT + "&mode=walk&range=1000&range_type=distance");

        JsonNode isolines = byTime.at("/0/value");
        assertTrue(byTime.at("/0/error").isNull());
        assertEquals(List.of("300", "600.5"), isolines.findValuesAsText("range"));
        assertEquals("Polygon", isolines.at("/0/geom/type").textValue());
        // 300 s by car at 50 km/h is 4,167 m: 0.0375 degrees of latitude north of the origin
        assertEquals(SEVILLA_LAT + 0.0375, northernmost(isolines.at("/0/geom")), 0.0005);
        assertEquals(SEVILLA_LAT + 0.0751, northernmost(isolines.at("/1/geom")), 0.0005);
        assertEquals(SEVILLA_LAT + 0.0090, northernmost(byDistance.at("/0/value/0/geom")), 0.0005);
    }

    @Test
    void routesGoStraightThroughTheWaypoints() {
        String madridToBarcelona = "/v3/lds/routing?origin=-3.7038,40.4168&destination=2.1734,41.3851&mode=car";

        JsonNode direct = get(madridToBarcelona).at("/0/value/0");
        JsonNode viaZaragoza = get(madridToBarcelona + "&waypoints=41.6488,-0.8891").at("/0/value/0");

        assertEquals(505_000, direct.get("distance").doubleValue(), 2_000);
        assertEquals(Math.round(direct.get("distance").doubleValue() / (50 / 3.6)), direct.get("duration").longValue());
        assertEquals("LineString", direct.at("/geom/type").textValue());
        assertEquals(3, viaZaragoza.at("/geom/coordinates").size());
        assertEquals(-0.8891, viaZaragoza.at("/geom/coordinates/1/0").doubleValue());
        assertTrue(viaZaragoza.get("distance").longValue() > direct.get("distance").longValue());
    }

    @Test
    void malformedRequestsAre400AndATokenIsRequired() {
        assertEquals(400, http.get("/v3/lds/routing?origin=-3.7&destination=2.17,41.38").status());
        assertEquals(400, http.get("/v3/lds/isolines?origin=-3.7,40.4&range=300&mode=teleport").status());
        assertEquals(400, http.get("/v3/lds/isolines?origin=-3.7,40.4&range=-5").status());
        assertEquals(400, http.get("/v3/lds/isolines?origin=-3.7,40.4&range=5&range_type=weight").status());
        assertEquals(400, http.get("/v3/lds/geocoding/geocode").status());
        assertEquals(401, HttpHelper.send(http.request("/v3/lds/geocoding/geocode?address=x").GET().build()).status());
    }

    private static double northernmost(JsonNode polygon) {
        double max = -90;
        for (JsonNode position : polygon.at("/coordinates/0")) {
            max = Math.max(max, position.get(1).doubleValue());
        }
        return max;
    }
}
