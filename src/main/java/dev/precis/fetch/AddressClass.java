package dev.precis.fetch;

/** What kind of network an IP address belongs to; only {@link #PUBLIC} may be fetched from. */
public enum AddressClass {
    PUBLIC("a public address"),
    UNSPECIFIED("the unspecified address (0.0.0.0/8, ::)"),
    LOOPBACK("a loopback address (127.0.0.0/8, ::1)"),
    LINK_LOCAL("a link-local address (169.254.0.0/16, fe80::/10), home of cloud metadata services"),
    PRIVATE("a private-network address (10/8, 172.16/12, 192.168/16)"),
    CARRIER_NAT("a carrier-grade NAT address (100.64.0.0/10)"),
    UNIQUE_LOCAL("an IPv6 unique-local address (fc00::/7)"),
    MULTICAST("a multicast address"),
    BROADCAST("the broadcast address"),
    RESERVED("a reserved, documentation or benchmarking range"),
    EMBEDDED_IPV4("an IPv6 address that embeds an IPv4 one (mapped, compatible, NAT64, 6to4, Teredo)");

    private final String description;

    AddressClass(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean isPublic() {
        return this == PUBLIC;
    }
}
