package io.dossier.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs Dossier may fetch: a URL the user gives must not make Dossier (or the server it
 * runs as) reach inside the machine or its network. A host is resolved first and refused when
 * any of its addresses is loopback, unspecified, link-local (cloud metadata at
 * 169.254.169.254), private (RFC 1918, IPv6 unique local), shared (carrier-grade NAT), reserved
 * or multicast, in any spelling: IPv6 forms that embed an IPv4 address (mapped, compatible,
 * NAT64, 6to4) are judged by that address, and a decimal or hex host ("2130706433") is judged
 * by what the resolver makes of it. The loader asks again at every redirect hop.
 *
 * <p>The JVM caches a lookup (30 s by default), so the connection made right after the check
 * uses the address that was checked; a name that rebinds between the two is not a concern
 * within that window. Stateless; the instances are thread-safe.
 */
@FunctionalInterface
public interface UrlGuard {
  /** Fetch only what resolves to public addresses. */
  UrlGuard PUBLIC_ONLY = UrlGuard::publicRefusal;
  /** Fetch anything (--allow-private-urls: the user vouches for the addresses). */
  UrlGuard ANY = uri -> null;

  /** Why {@code uri} may not be fetched, or null when it may. */
  String refusal(URI uri);

  static UrlGuard of(boolean allowPrivate) {
    return allowPrivate ? ANY : PUBLIC_ONLY;
  }

  private static String publicRefusal(URI uri) {
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return "the URL has no host";
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] all;
    try {
      all = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return null; // the fetch itself reports "cannot resolve"; nothing is reached
    } catch (SecurityException e) {
      return "the host cannot be resolved here";
    }
    for (InetAddress a : all) {
      String kind = internalKind(a);
      if (kind != null) {
        return "refused to fetch " + host.toLowerCase(Locale.ROOT) + ": it resolves to " + a.getHostAddress()
            + ", a " + kind + " address (give --allow-private-urls to fetch from inside this network)";
      }
    }
    return null;
  }

  /** The kind of non-public address {@code a} is ("loopback", "private", ...), or null when public. */
  static String internalKind(InetAddress a) {
    if (a instanceof Inet6Address) {
      byte[] b = a.getAddress();
      Inet4Address embedded = embeddedV4(b);
      if (embedded != null) {
        return internalKind(embedded);
      }
      if ((b[0] & 0xfe) == 0xfc) {
        return "private (unique local)";
      }
    }
    if (a.isAnyLocalAddress()) {
      return "unspecified";
    }
    if (a.isLoopbackAddress()) {
      return "loopback";
    }
    if (a.isLinkLocalAddress()) {
      return "link-local";
    }
    if (a.isSiteLocalAddress()) {
      return "private";
    }
    if (a.isMulticastAddress()) {
      return "multicast";
    }
    if (a instanceof Inet4Address) {
      byte[] b = a.getAddress();
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      if (first == 0) {
        return "unspecified";  // 0.0.0.0/8, "this network"
      }
      if (first == 100 && (second & 0xc0) == 64) {
        return "shared (carrier-grade NAT)"; // 100.64.0.0/10
      }
      if (first >= 240) {
        return "reserved"; // 240.0.0.0/4 and the broadcast address
      }
      if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
        return "reserved"; // 192.0.0.0/24, IETF protocol assignments
      }
      if (first == 198 && (second & 0xfe) == 18) {
        return "reserved"; // 198.18.0.0/15, benchmarking
      }
    }
    return null;
  }

  /** The IPv4 address an IPv6 address carries (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64, 6to4), or null. */
  private static Inet4Address embeddedV4(byte[] b) {
    boolean zero10 = true;
    for (int i = 0; i < 10; i++) {
      zero10 &= b[i] == 0;
    }
    try {
      if (zero10 && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0 && !lowV6(b)))) {
        return (Inet4Address) InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
      }
      boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
      for (int i = 4; nat64 && i < 12; i++) {
        nat64 = b[i] == 0;
      }
      if (nat64) {
        return (Inet4Address) InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
      }
      if (b[0] == 0x20 && b[1] == 0x02) {
        return (Inet4Address) InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
    return null;
  }

  /** :: and ::1 are IPv6's own unspecified and loopback addresses, not IPv4-compatible ones. */
  private static boolean lowV6(byte[] b) {
    return b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1);
  }
}
