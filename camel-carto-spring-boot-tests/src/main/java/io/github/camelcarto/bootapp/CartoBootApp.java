package io.github.camelcarto.bootapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application as a user writes it: camel-carto-spring-boot-starter on the classpath, the carto
 * component configured in application.properties, one route. Built once on Spring Boot 3 and once on 4.
 */
@SpringBootApplication
public class CartoBootApp {

    public static void main(String[] args) {
        SpringApplication.run(CartoBootApp.class, args);
    }
}
