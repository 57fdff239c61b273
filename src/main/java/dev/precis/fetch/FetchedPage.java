package dev.precis.fetch;

import java.net.URI;

/**
 * A fetched document: the final URL after redirects, its media type and charset as the server
 * declared them (either may be null), and the decoded (decompressed) body bytes.
 */
public record FetchedPage(URI url, String mediaType, String charset, byte[] body) {
}
