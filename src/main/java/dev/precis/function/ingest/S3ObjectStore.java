package dev.precis.function.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.function.Lazy;

/** {@link ObjectStore} on the AWS SDK's S3 client, built on first use so other entry points never pay for it. */
public final class S3ObjectStore implements ObjectStore {

    private final Lazy<S3Client> client;

    public S3ObjectStore(Supplier<S3Client> client) {
        this.client = new Lazy<>(client);
    }

    /**
     * The client for Lambda (region and credentials from the environment), or for an
     * S3-compatible endpoint when one is given. Checksums only where S3 requires them, which
     * S3-compatible servers also accept.
     */
    public static S3ObjectStore create(Optional<URI> endpoint) {
        return new S3ObjectStore(() -> {
            S3ClientBuilder builder = S3Client.builder()
                    .httpClient(UrlConnectionHttpClient.create())
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
            endpoint.ifPresent(uri -> builder.endpointOverride(uri).forcePathStyle(true));
            return builder.build();
        });
    }

    private S3Client s3() {
        return client.get();
    }

    @Override
    public void warm() {
        s3();
    }

    @Override
    public Optional<StoredObject> read(String bucket, String key, long maxBytes) {
        try (ResponseInputStream<GetObjectResponse> in = s3().getObject(r -> r.bucket(bucket).key(key))) {
            Long length = in.response().contentLength();
            if (length != null && length > maxBytes) {
                in.abort();
                throw tooLarge(length, maxBytes);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                in.abort();
                throw tooLarge(bytes.length, maxBytes);
            }
            return Optional.of(new StoredObject(bytes, in.response().contentType()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the object failed", e);
        }
    }

    private static PrecisException tooLarge(long size, long cap) {
        return new PrecisException(ErrorCode.TOO_LARGE, "the object has " + size + " bytes; the limit is " + cap);
    }

    @Override
    public void write(String bucket, String key, byte[] body, String contentType) {
        s3().putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(body));
    }
}
