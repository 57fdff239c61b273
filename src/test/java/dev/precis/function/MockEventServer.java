package dev.precis.function;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.response.ValidatableResponse;

/** Posts an event to the Lambda mock event server, the way the Lambda service invokes the function. */
final class MockEventServer {
    private MockEventServer() {
    }

    static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
    }

    static ValidatableResponse invoke(String eventJson) {
        return given().contentType("application/json").body(eventJson)
                .when().post("http://localhost:" + port() + "/_lambda_")
                .then();
    }
}
