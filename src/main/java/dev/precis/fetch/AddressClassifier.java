package dev.precis.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

/**
 * Sorts IP addresses into {@link AddressClass}es by their raw bytes, so no spelling of an
 * address (decimal, octal, hex, IPv4-in-IPv6) can slip a private target past the fetcher.
 */
public final class AddressClassifier {

    /** An IPv4 network: its first address and prefix length, and what it is. */
    private record Range(int a, int b, int c, int d, int prefix, AddressClass kind) {
        boolean contains(byte[] address) {
            int net = (a << 24) | (b << 16) | (c << 8) | d;
            int ip = ((address[0] & 0xff) << 24) | ((address[1] & 0xff) << 16) | ((address[2] & 0xff) << 8)
                    | (address[3] & 0xff);
            int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
            return (ip & mask) == (net & mask);
        }
    }

    /** IPv4 ranges that are not routable on the public internet, most specific where they overlap. */
    private static final List<Range> IPV4_RANGES = List.of(
            new Range(0, 0, 0, 0, 8, AddressClass.UNSPECIFIED),
            new Range(10, 0, 0, 0, 8, AddressClass.PRIVATE),
            new Range(100, 64, 0, 0, 10, AddressClass.CARRIER_NAT),
            new Range(127, 0, 0, 0, 8, AddressClass.LOOPBACK),
            new Range(169, 254, 0, 0, 16, AddressClass.LINK_LOCAL),
            new Range(172, 16, 0, 0, 12, AddressClass.PRIVATE),
            new Range(192, 0, 0, 0, 24, AddressClass.RESERVED), // IETF protocol assignments
            new Range(192, 0, 2, 0, 24, AddressClass.RESERVED), // TEST-NET-1
            new Range(192, 88, 99, 0, 24, AddressClass.RESERVED), // deprecated 6to4 relay
            new Range(192, 168, 0, 0, 16, AddressClass.PRIVATE),
            new Range(198, 18, 0, 0, 15, AddressClass.RESERVED), // benchmarking
            new Range(198, 51, 100, 0, 24, AddressClass.RESERVED), // TEST-NET-2
            new Range(203, 0, 113, 0, 24, AddressClass.RESERVED), // TEST-NET-3
            new Range(224, 0, 0, 0, 4, AddressClass.MULTICAST),
            new Range(255, 255, 255, 255, 32, AddressClass.BROADCAST),
            new Range(240, 0, 0, 0, 4, AddressClass.RESERVED)); // "future use"

    public AddressClass classify(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return classifyV4(b);
        }
        if (address instanceof Inet6Address) {
            return classifyV6(b);
        }
        return AddressClass.RESERVED;
    }

    public boolean isPublic(InetAddress address) {
        return classify(address).isPublic();
    }

    private static AddressClass classifyV4(byte[] b) {
        for (Range range : IPV4_RANGES) {
            if (range.contains(b)) {
                return range.kind();
            }
        }
        return AddressClass.PUBLIC;
    }

    private static AddressClass classifyV6(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (allZero(b, 0, 15)) {
            int last = b[15] & 0xff;
            if (last == 0) {
                return AddressClass.UNSPECIFIED;
            }
            if (last == 1) {
                return AddressClass.LOOPBACK;
            }
        }
        if (first == 0xff) {
            return AddressClass.MULTICAST;
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return AddressClass.LINK_LOCAL;                          // fe80::/10
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return AddressClass.UNIQUE_LOCAL;                        // fec0::/10, deprecated site-local
        }
        if ((first & 0xfe) == 0xfc) {
            return AddressClass.UNIQUE_LOCAL;                        // fc00::/7
        }
        // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible) reach IPv4 hosts.
        if (allZero(b, 0, 10) && (((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) || allZero(b, 10, 12))) {
            return AddressClass.EMBEDDED_IPV4;
        }
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return AddressClass.EMBEDDED_IPV4;                       // 64:ff9b::/96 and /48 NAT64
        }
        if (first == 0x20 && second == 0x02) {
            return AddressClass.EMBEDDED_IPV4;                       // 2002::/16 6to4
        }
        if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
            return AddressClass.EMBEDDED_IPV4;                       // 2001::/32 Teredo
        }
        if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return AddressClass.RESERVED;                            // 2001:db8::/32 documentation
        }
        if (first == 0x01 && second == 0x00 && allZero(b, 2, 8)) {
            return AddressClass.RESERVED;                            // 100::/64 discard-only
        }
        if ((first & 0xe0) != 0x20) {
            return AddressClass.RESERVED;                            // outside 2000::/3, the global unicast space
        }
        return AddressClass.PUBLIC;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
