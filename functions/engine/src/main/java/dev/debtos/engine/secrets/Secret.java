package dev.debtos.engine.secrets;

/**
 * A secret found in one line of text.
 *
 * @param kind     what it is, e.g. "AWS access key", "password in a connection string"
 * @param name     the variable or key it is assigned to, or the kind when it stands alone (never the secret itself)
 * @param start    index of its first character in the line
 * @param end      index after its last character
 * @param wellKnownFormat true when the value matches a provider's key format or a private key (not only a name and entropy)
 */
public record Secret(String kind, String name, int start, int end, boolean wellKnownFormat) {
}
