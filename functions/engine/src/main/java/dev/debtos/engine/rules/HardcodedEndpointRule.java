package dev.debtos.engine.rules;

import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Fingerprints;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.secrets.Literals;
import dev.debtos.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host, IP address or port written into code outside tests, configuration files and examples: each environment
 * needs its own, so they belong in configuration. Reported: string literals holding an IPv4 address, a
 * {@code host:port}, a URL with an explicit port or an IP host, or a database/broker/directory URL
 * ({@code jdbc:}, {@code postgres://}, {@code redis://}, {@code amqp://}, {@code ldap://} ...) naming a host; and
 * ports from 1024 up assigned to a {@code port} variable or passed to {@code listen(...)} or a socket. Not reported:
 * plain web URLs (an API's public address is part of the client), loopback and unspecified addresses
 * ({@code localhost}, {@code 127.0.0.1}, {@code 0.0.0.0}), link-local addresses (the clouds' fixed metadata endpoint
 * {@code 169.254.169.254}), documentation hosts and ranges ({@code example.com}, {@code 192.0.2.0/24}...), versions,
 * ports named as a default or a bound ({@code DEFAULT_PORT}, {@code MAX_PORT}), addresses starting 0, 1 or 2 (object identifiers and version numbers look the same),
 * ports below 1024 (a protocol's own port, such as 443), and comments and docstrings.
 */
public final class HardcodedEndpointRule extends RuleMetadata {
    public static final String KEY = "DEBT-ENDPOINT-001";

    private static final Pattern URL = Pattern.compile(
            "\\b([a-zA-Z][a-zA-Z0-9+.-]*(?::[a-z0-9]+)?)://(?:[^\\s@/'\"]+@)?([A-Za-z0-9][A-Za-z0-9.-]*)(?::(\\d{1,5}))?");
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\w.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?::(\\d{1,5}))?(?![\\w.])");
    private static final Pattern HOST_PORT = Pattern.compile(
            "^([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}):(\\d{2,5})$");
    private static final Pattern PORT_ASSIGNMENT = Pattern.compile(
            "\\b([A-Za-z_][\\w]*)\\s*(?::=|=|:)\\s*(\\d{4,5})\\b(?!\\s*[.\\w])");
    private static final Pattern PORT_CALL = Pattern.compile(
            "(?:\\.listen|new\\s+(?:[\\w.]+\\.)?(?:Server)?Socket|net\\.Listen|ListenAndServe)\\s*\\((?:[^()]*,\\s*)?['\"]?:?(\\d{4,5})['\"]?\\s*[,)]");
    /** String literals, and what a port variable or a listening call holds. */
    private static final Hints HINTS = Hints.lines(List.of("\"", "'", "`", "port", "Port", "PORT", "isten", "Socket"));
    private static final Set<String> SERVICE_SCHEMES = Set.of("postgres", "postgresql", "mysql", "mariadb", "mongodb",
            "mongodb+srv", "redis", "rediss", "amqp", "amqps", "ldap", "ldaps", "smtp", "smtps", "imap", "imaps", "ftp",
            "sftp", "tcp", "kafka", "nats", "memcached", "cassandra", "mssql", "sqlserver", "oracle", "ssh");
    private static final List<String> NOT_PORT_WORDS = List.of("support", "report", "import", "export", "transport",
            "passport", "viewport", "airport", "sport", "deport", "rapport", "teleport");

    public HardcodedEndpointRule() {
        super(KEY, DebtType.HARDCODED_CONFIG, "Hard-coded host or port",
                "A host, IP address or port is written into the code: moving to another environment means a code change. "
                        + "It belongs in configuration.");
    }

    /** Measured on a sample of real packages (engine README). */
    @Override
    public Precision precision() {
        return Precision.LOW;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (FileMetrics file : context.files()) {
            SourceFile source = context.sources().get(file.path());
            if (source == null || !context.roles().isProduction(file.path()) || ConfigFiles.isConfigOrExample(file.path())) {
                continue;
            }
            Map<String, Integer> seen = new HashMap<>();
            CodeLines code = new CodeLines(context, source);
            HintedLines.forEach(context, source, HINTS, (lineNumber, line) -> {
                if (!isCommentLine(line)) {
                    for (String endpoint : endpoints(line)) {
                        if (!code.hasCode(lineNumber)) {
                            break;                // a docstring or block comment showing usage
                        }
                        int ordinal = seen.merge(endpoint, 1, Integer::sum) - 1;
                        findings.add(new Finding(KEY, DebtType.HARDCODED_CONFIG, Severity.LOW, file.path(), lineNumber,
                                lineNumber, "Hard-coded " + endpoint + ": read it from configuration", line.strip() + "\n",
                                15, Fingerprints.of(KEY, file.path(), endpoint + "#" + ordinal), 0));
                    }
                }
            });
        }
        return findings;
    }

    /** What the line hard-codes, e.g. "host db.prod.internal:5432", "IP address 10.1.2.3", "port 8080". */
    static List<String> endpoints(String line) {
        List<String> found = new ArrayList<>();
        List<Literals.Literal> literals = Literals.in(line);
        for (Literals.Literal literal : literals) {
            String name = Literals.assignedName(line, literal.quote());
            if (name != null && name.toLowerCase(Locale.ROOT).contains("version")) {
                continue;                         // "3.5.0.1" is a version
            }
            if (literal.end() - literal.start() >= 7) {
                String content = literal.content(line);
                if (content.indexOf(' ') < 0 || content.contains("://")) {
                    endpointInLiteral(content, found);
                }
            }
        }
        boolean portNumber = holdsPortNumber(line, 0, line.length());
        if (portNumber && (line.contains("ort") || line.contains("ORT"))) {
            Matcher assignment = PORT_ASSIGNMENT.matcher(literals.isEmpty() ? line : withoutStrings(line, literals));
            while (assignment.find()) {
                if (isPortName(assignment.group(1)) && isServicePort(assignment.group(2))) {
                    found.add("port " + assignment.group(2));
                }
            }
        }
        if (portNumber && (line.contains("isten") || line.contains("Socket"))) {
            Matcher call = PORT_CALL.matcher(line);
            while (call.find()) {
                if (isServicePort(call.group(1)) && !found.contains("port " + call.group(1))) {
                    found.add("port " + call.group(1));
                }
            }
        }
        return found;
    }

    private static void endpointInLiteral(String literal, List<String> found) {
        Matcher url = URL.matcher(literal);
        if (literal.contains("://") && url.find()) {
            String scheme = url.group(1).toLowerCase(Locale.ROOT);
            String host = url.group(2);
            String port = url.group(3);
            if (isPlaceholderHost(host)) {
                return;
            }
            boolean service = scheme.startsWith("jdbc:") || SERVICE_SCHEMES.contains(scheme);
            if (isIpv4(host)) {
                if (isRoutable(host)) {
                    found.add("IP address " + host + (port == null ? "" : ":" + port));
                }
            } else if (port != null && isAnyPort(port) || service && host.contains(".")) {
                found.add("host " + host + (port == null ? "" : ":" + port));
            }
            return;
        }
        if (!hasDottedOrColonNumber(literal)) {
            return;
        }
        Matcher ip = IPV4.matcher(literal);
        if (ip.find() && (ip.start() == 0 || literal.charAt(ip.start() - 1) == '@' || literal.charAt(ip.start() - 1) == '='
                || literal.charAt(ip.start() - 1) == '(')) {
            String address = ip.group(1) + "." + ip.group(2) + "." + ip.group(3) + "." + ip.group(4);
            if (isRoutable(address)) {
                found.add("IP address " + address + (ip.group(5) == null ? "" : ":" + ip.group(5)));
            }
            return;
        }
        Matcher hostPort = HOST_PORT.matcher(literal);
        if (hostPort.matches() && !isPlaceholderHost(hostPort.group(1)) && isAnyPort(hostPort.group(2))) {
            found.add("host " + hostPort.group(1) + ":" + hostPort.group(2));
        }
    }

    /** Four digits in a row: a port from 1024 has at least four. */
    private static boolean holdsPortNumber(String text, int from, int to) {
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** A digit right after a dot or a colon that follows a digit or letter: {@code 10.1}, {@code host:5}. */
    private static boolean hasDottedOrColonNumber(String literal) {
        for (int i = 2; i < literal.length(); i++) {
            char c = literal.charAt(i);
            char before = literal.charAt(i - 1);
            if (c >= '0' && c <= '9' && (before == '.' || before == ':') && Character.isLetterOrDigit(literal.charAt(i - 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIpv4(String host) {
        Matcher m = IPV4.matcher(host);
        return m.matches();
    }

    /** A real address, not loopback, unspecified, broadcast, multicast, documentation, or an OID-like 0./1./2. number. */
    static boolean isRoutable(String address) {
        String[] parts = address.split("\\.");
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].length() > 1 && parts[i].charAt(0) == '0') {
                return false;
            }
            octets[i] = Integer.parseInt(parts[i]);
            if (octets[i] > 255) {
                return false;
            }
        }
        int a = octets[0];
        int b = octets[1];
        int c = octets[2];
        if (a <= 2 || a == 127 || a >= 224 || a == 169 && b == 254) {
            return false;
        }
        return !(a == 192 && b == 0 && c == 2 || a == 198 && b == 51 && c == 100 || a == 203 && b == 0 && c == 113);
    }

    private static boolean isPlaceholderHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost") || lower.endsWith(".localhost") || lower.equals("example") || lower.contains("example.")
                || lower.endsWith(".example") || lower.endsWith(".test") || lower.endsWith(".invalid") || lower.equals("host")
                || lower.equals("hostname") || lower.equals("server") || lower.startsWith("your") || lower.equals("127.0.0.1")
                || lower.equals("0.0.0.0") || lower.startsWith("my") && !lower.contains(".") || lower.equals("domain")
                || lower.equals("foo") || lower.equals("bar");
    }

    private static boolean isPortName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("default") || lower.contains("max") || lower.contains("min") || lower.startsWith("er_")) {
            return false;                         // a documented default or a bound, not a deployment's port
        }
        if (!(lower.endsWith("port") || lower.endsWith("port_number") || lower.endsWith("portnumber"))) {
            return false;
        }
        for (String word : NOT_PORT_WORDS) {
            if (lower.endsWith(word) || lower.contains(word + "_") && !lower.endsWith("_port")) {
                return false;
            }
        }
        return true;
    }

    /** From 1024: the range services are deployed on; below it, a protocol's own well-known port. */
    private static boolean isServicePort(String digits) {
        int port = Integer.parseInt(digits);
        return port >= 1024 && port <= 65535;
    }

    private static boolean isAnyPort(String digits) {
        int port = Integer.parseInt(digits);
        return port > 0 && port <= 65535;
    }

    private static String withoutStrings(String line, List<Literals.Literal> literals) {
        StringBuilder out = new StringBuilder(line.length());
        int from = 0;
        for (Literals.Literal literal : literals) {
            out.append(line, from, literal.start());
            from = literal.end();
        }
        return out.append(line, from, line.length()).toString();
    }

    private static boolean isCommentLine(String line) {
        String trimmed = line.stripLeading();
        return trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("#")
                || trimmed.startsWith("--");
    }
}
