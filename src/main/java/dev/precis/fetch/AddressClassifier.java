package dev.precis.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts IP addresses into {@link AddressClass}es by their raw bytes, so no spelling of an
 * address (decimal, octal, hex, IPv4-in-IPv6) can slip a private target past the fetcher.
 *
 * <p>The table is IANA's IPv4 and IPv6 Special-Purpose Address Registries, every row, whether
 * IANA marks it globally reachable or not (anycast relays, AS112 and AMT are no web servers
 * either), plus the multicast blocks and the deprecated IPv6 blocks the registry leaves to other
 * documents. Each row cites the RFC that set it aside; IPv6 outside 2000::/3 is unassigned.
 */
public final class AddressClassifier {

    /** One special-purpose block: its network bytes, prefix length, class and provenance. */
    record Row(String block, byte[] network, int prefix, AddressClass kind, String name, String rfc) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int bits = prefix % 8;
            if (bits == 0) {
                return true;
            }
            int mask = (0xff << (8 - bits)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    /** Most specific first, so a /32 inside a /23 answers with its own class. */
    private static final List<Row> TABLE = sorted(List.of(
            // IANA IPv4 Special-Purpose Address Registry
            row("0.0.0.0/8", AddressClass.UNSPECIFIED, "\"This network\"", "RFC 791"),
            row("0.0.0.0/32", AddressClass.UNSPECIFIED, "\"This host on this network\"", "RFC 1122"),
            row("10.0.0.0/8", AddressClass.PRIVATE, "Private-Use", "RFC 1918"),
            row("100.64.0.0/10", AddressClass.CARRIER_NAT, "Shared Address Space", "RFC 6598"),
            row("127.0.0.0/8", AddressClass.LOOPBACK, "Loopback", "RFC 1122"),
            row("169.254.0.0/16", AddressClass.LINK_LOCAL, "Link Local", "RFC 3927"),
            row("172.16.0.0/12", AddressClass.PRIVATE, "Private-Use", "RFC 1918"),
            row("192.0.0.0/24", AddressClass.RESERVED, "IETF Protocol Assignments", "RFC 6890"),
            row("192.0.0.0/29", AddressClass.RESERVED, "IPv4 Service Continuity Prefix", "RFC 7335"),
            row("192.0.0.8/32", AddressClass.RESERVED, "IPv4 dummy address", "RFC 7600"),
            row("192.0.0.9/32", AddressClass.RESERVED, "Port Control Protocol Anycast", "RFC 7723"),
            row("192.0.0.10/32", AddressClass.RESERVED, "Traversal Using Relays around NAT Anycast", "RFC 8155"),
            row("192.0.0.170/32", AddressClass.RESERVED, "NAT64/DNS64 Discovery", "RFC 8880"),
            row("192.0.0.171/32", AddressClass.RESERVED, "NAT64/DNS64 Discovery", "RFC 8880"),
            row("192.0.2.0/24", AddressClass.RESERVED, "Documentation (TEST-NET-1)", "RFC 5737"),
            row("192.31.196.0/24", AddressClass.RESERVED, "AS112-v4", "RFC 7535"),
            row("192.52.193.0/24", AddressClass.RESERVED, "AMT", "RFC 7450"),
            row("192.88.99.0/24", AddressClass.RESERVED, "Deprecated (6to4 Relay Anycast)", "RFC 7526"),
            row("192.168.0.0/16", AddressClass.PRIVATE, "Private-Use", "RFC 1918"),
            row("192.175.48.0/24", AddressClass.RESERVED, "Direct Delegation AS112 Service", "RFC 7534"),
            row("198.18.0.0/15", AddressClass.RESERVED, "Benchmarking", "RFC 2544"),
            row("198.51.100.0/24", AddressClass.RESERVED, "Documentation (TEST-NET-2)", "RFC 5737"),
            row("203.0.113.0/24", AddressClass.RESERVED, "Documentation (TEST-NET-3)", "RFC 5737"),
            row("240.0.0.0/4", AddressClass.RESERVED, "Reserved", "RFC 1112"),
            row("255.255.255.255/32", AddressClass.BROADCAST, "Limited Broadcast", "RFC 919"),
            // IANA IPv4 Multicast Address Space Registry
            row("224.0.0.0/4", AddressClass.MULTICAST, "Multicast", "RFC 5771"),

            // IANA IPv6 Special-Purpose Address Registry
            row("::1/128", AddressClass.LOOPBACK, "Loopback Address", "RFC 4291"),
            row("::/128", AddressClass.UNSPECIFIED, "Unspecified Address", "RFC 4291"),
            row("::ffff:0:0/96", AddressClass.EMBEDDED_IPV4, "IPv4-mapped Address", "RFC 4291"),
            row("64:ff9b::/96", AddressClass.EMBEDDED_IPV4, "IPv4-IPv6 Translation", "RFC 6052"),
            row("64:ff9b:1::/48", AddressClass.EMBEDDED_IPV4, "Local-Use IPv4/IPv6 Translation", "RFC 8215"),
            row("100::/64", AddressClass.RESERVED, "Discard-Only Address Block", "RFC 6666"),
            row("100:0:0:1::/64", AddressClass.RESERVED, "Dummy IPv6 Prefix", "RFC 9780"),
            row("2001::/23", AddressClass.RESERVED, "IETF Protocol Assignments", "RFC 2928"),
            row("2001::/32", AddressClass.EMBEDDED_IPV4, "TEREDO", "RFC 4380"),
            row("2001:1::1/128", AddressClass.RESERVED, "Port Control Protocol Anycast", "RFC 7723"),
            row("2001:1::2/128", AddressClass.RESERVED, "Traversal Using Relays around NAT Anycast", "RFC 8155"),
            row("2001:1::3/128", AddressClass.RESERVED, "DNS-SD Service Registration Protocol Anycast", "RFC 9665"),
            row("2001:2::/48", AddressClass.RESERVED, "Benchmarking", "RFC 5180"),
            row("2001:3::/32", AddressClass.RESERVED, "AMT", "RFC 7450"),
            row("2001:4:112::/48", AddressClass.RESERVED, "AS112-v6", "RFC 7535"),
            row("2001:10::/28", AddressClass.RESERVED, "Deprecated (previously ORCHID)", "RFC 4843"),
            row("2001:20::/28", AddressClass.RESERVED, "ORCHIDv2", "RFC 7343"),
            row("2001:30::/28", AddressClass.RESERVED, "Drone Remote ID Protocol Entity Tags (DETs)", "RFC 9374"),
            row("2001:db8::/32", AddressClass.RESERVED, "Documentation", "RFC 3849"),
            row("2002::/16", AddressClass.EMBEDDED_IPV4, "6to4", "RFC 3056"),
            row("2620:4f:8000::/48", AddressClass.RESERVED, "Direct Delegation AS112 Service", "RFC 7534"),
            row("3fff::/20", AddressClass.RESERVED, "Documentation", "RFC 9637"),
            row("5f00::/16", AddressClass.RESERVED, "Segment Routing (SRv6) SIDs", "RFC 9602"),
            row("fc00::/7", AddressClass.UNIQUE_LOCAL, "Unique-Local", "RFC 4193"),
            row("fe80::/10", AddressClass.LINK_LOCAL, "Link-Local Unicast", "RFC 4291"),
            // Outside the special-purpose registry: multicast, and blocks deprecated before it existed.
            row("ff00::/8", AddressClass.MULTICAST, "Multicast", "RFC 4291"),
            row("fec0::/10", AddressClass.UNIQUE_LOCAL, "Site-Local (deprecated)", "RFC 3879"),
            row("::/96", AddressClass.EMBEDDED_IPV4, "IPv4-Compatible (deprecated)", "RFC 4291")));

    /** The table, most specific row first; for tests that walk every row. */
    static List<Row> table() {
        return TABLE;
    }

    public AddressClass classify(InetAddress address) {
        byte[] b = address.getAddress();
        if (!(address instanceof Inet4Address) && !(address instanceof Inet6Address)) {
            return AddressClass.RESERVED;
        }
        for (Row row : TABLE) {
            if (row.contains(b)) {
                return row.kind();
            }
        }
        // RFC 4291 §2.4: IANA assigns global unicast from 2000::/3 only; the rest is reserved.
        if (b.length == 16 && (b[0] & 0xe0) != 0x20) {
            return AddressClass.RESERVED;
        }
        return AddressClass.PUBLIC;
    }

    private static Row row(String block, AddressClass kind, String name, String rfc) {
        int slash = block.indexOf('/');
        String literal = block.substring(0, slash);
        int prefix = Integer.parseInt(block.substring(slash + 1));
        byte[] network = literal.contains(":") ? parseIpv6(literal) : parseIpv4(literal);
        return new Row(block, network, prefix, kind, name, rfc);
    }

    private static List<Row> sorted(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows);
        out.sort(Comparator.comparingInt(Row::prefix).reversed());
        return List.copyOf(out);
    }

    private static byte[] parseIpv4(String s) {
        String[] parts = s.split("\\.");
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            b[i] = (byte) Integer.parseInt(parts[i]);
        }
        return b;
    }

    /** The table's own IPv6 spellings; InetAddress would turn ::ffff:0:0 into an IPv4 address. */
    private static byte[] parseIpv6(String s) {
        int gap = s.indexOf("::");
        String[] head = gap < 0 ? s.split(":") : split(s.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : split(s.substring(gap + 2));
        byte[] b = new byte[16];
        for (int i = 0; i < head.length; i++) {
            put(b, i, head[i]);
        }
        for (int i = 0; i < tail.length; i++) {
            put(b, 8 - tail.length + i, tail[i]);
        }
        return b;
    }

    private static String[] split(String s) {
        return s.isEmpty() ? new String[0] : s.split(":");
    }

    private static void put(byte[] b, int group, String hex) {
        int v = Integer.parseInt(hex, 16);
        b[2 * group] = (byte) (v >> 8);
        b[2 * group + 1] = (byte) v;
    }
}
