package dev.debtos.worker.checkout;

import dev.debtos.platform.config.CloneSettings;
import dev.debtos.worker.ScanRejected;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A clone URL the worker agreed to fetch: either an https URL on an allowed host whose every DNS address is public,
 * or (local profile only) a {@code file://} URL of a directory on this machine.
 *
 * <p>Refused, each with its own reason: other schemes (ssh, git, http, ext::), user info (credentials) in the URL,
 * option-like hosts or paths (a leading '-': {@code --upload-pack=...}), query strings and fragments, explicit ports,
 * hosts not allowed, names that do not resolve, and any resolved address that is not public (SSRF).
 *
 * <p>Residual risk: JGit resolves the host again when it connects, so a DNS answer that changes between the two
 * look-ups (rebinding) is not caught here. The allow-list limits that to hosts the operator trusts; deployments
 * that clone from self-hosted instances should also deny private ranges at the network level (the worker runs
 * outside the VPC's private subnets, see infra-cdk).
 */
public record CloneTarget(URI uri, Path localPath) {

    public boolean isLocal() {
        return localPath != null;
    }

    public static CloneTarget of(String cloneUrl, CloneSettings settings, boolean localAllowed, HostResolver dns)
            throws ScanRejected {
        if (cloneUrl == null || cloneUrl.isBlank()) {
            throw new ScanRejected("the repository has no clone URL");
        }
        if (cloneUrl.startsWith("-") || cloneUrl.chars().anyMatch(c -> c <= ' ' || c == '\\')) {
            throw new ScanRejected("the clone URL is not a plain URL");
        }
        URI uri;
        try {
            uri = new URI(cloneUrl);
        } catch (URISyntaxException e) {
            throw new ScanRejected("the clone URL is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new ScanRejected("the clone URL must not contain credentials");
        }
        return switch (scheme) {
            case "file" -> local(uri, localAllowed);
            case "https" -> remote(uri, settings, dns);
            default -> throw new ScanRejected("clone URLs must use https (" + (scheme.isEmpty() ? "no scheme" : scheme)
                    + " is not allowed)");
        };
    }

    private static CloneTarget local(URI uri, boolean localAllowed) throws ScanRejected {
        if (!localAllowed) {
            throw new ScanRejected("file:// repositories are scanned only on the local profile");
        }
        if (uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty()) {
            throw new ScanRejected("file:// URLs must not name a host");
        }
        Path path = Path.of(uri).normalize();
        if (!Files.isDirectory(path)) {
            throw new ScanRejected("the repository's directory does not exist any more");
        }
        return new CloneTarget(uri, path);
    }

    private static CloneTarget remote(URI uri, CloneSettings settings, HostResolver dns) throws ScanRejected {
        String host = uri.getHost();
        if (host == null || host.isEmpty() || host.startsWith("-")) {
            throw new ScanRejected("the clone URL has no valid host");
        }
        if (uri.getPort() != -1 || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new ScanRejected("the clone URL must not have a port, query or fragment");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.length() < 2 || path.contains("/-") || path.contains("/../") || path.endsWith("/..")) {
            throw new ScanRejected("the clone URL's path is not a repository path");
        }
        if (!settings.allows(host)) {
            throw new ScanRejected("cloning from " + host + " is not allowed (CLONE_ALLOWED_HOSTS)");
        }
        List<InetAddress> addresses;
        try {
            addresses = dns.resolve(host);
        } catch (UnknownHostException e) {
            throw new ScanRejected("the repository's host " + host + " does not resolve");
        }
        if (addresses.isEmpty()) {
            throw new ScanRejected("the repository's host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!PublicAddresses.isPublic(address)) {
                throw new ScanRejected("the repository's host " + host + " resolves to a non-public address");
            }
        }
        return new CloneTarget(uri, null);
    }
}
