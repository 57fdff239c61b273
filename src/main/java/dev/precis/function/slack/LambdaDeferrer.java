package dev.precis.function.slack;

import java.net.URI;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.precis.function.Lazy;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.LambdaClientBuilder;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/**
 * Defers by invoking this same function asynchronously (invocation type Event): Lambda queues
 * the payload and answers 202 at once. Only principals allowed to invoke the function can send
 * such a payload, never the public HTTP route, so the deferred half trusts it.
 */
public final class LambdaDeferrer implements Deferrer {

    private final String function;
    private final Optional<String> qualifier;
    private final Lazy<LambdaClient> client;

    public LambdaDeferrer(String function, Optional<String> qualifier, Optional<URI> endpoint) {
        this.function = function;
        this.qualifier = qualifier;
        this.client = new Lazy<>(() -> {
            LambdaClientBuilder builder = LambdaClient.builder().httpClient(UrlConnectionHttpClient.create());
            endpoint.ifPresent(builder::endpointOverride);
            return builder.build();
        });
    }

    private LambdaClient lambda() {
        return client.get();
    }

    @Override
    public void warm() {
        lambda();
    }

    @Override
    public void defer(JsonNode payload) {
        lambda().invoke(r -> {
            r.functionName(function).invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromUtf8String(payload.toString()));
            qualifier.ifPresent(r::qualifier);
        });
    }
}
