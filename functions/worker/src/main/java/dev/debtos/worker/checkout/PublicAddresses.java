package dev.debtos.worker.checkout;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Whether an address is on the public internet: loopback, unspecified, private (RFC 1918), carrier-grade NAT,
 * link-local (cloud metadata lives at 169.254.169.254), multicast, broadcast, IPv6 unique-local (fc00::/7) and
 * IPv4-mapped/compatible forms of any of those are not.
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(bytes);
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return false; // unique-local fc00::/7
            }
            if (embedsV4(bytes)) {
                byte[] v4 = {bytes[12], bytes[13], bytes[14], bytes[15]};
                return isPublicV4(v4) && !allZero(v4);
            }
        }
        return true;
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 // "this network"
                && first != 10 && first != 127
                && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                && !(first == 169 && second == 254)
                && !(first == 172 && second >= 16 && second <= 31)
                && !(first == 192 && second == 168)
                && first < 224; // multicast, reserved and broadcast
    }

    /** ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible): the first 80 bits zero, then 0000 or ffff. */
    private static boolean embedsV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == b[11] && (b[10] == 0 || b[10] == (byte) 0xff);
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
