package dev.debtos.worker.checkout;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** DNS for the SSRF check; tests replace it with a fixed table. */
@FunctionalInterface
public interface HostResolver {
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    /** Every address the name resolves to (all of them are checked, not just the first). */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
