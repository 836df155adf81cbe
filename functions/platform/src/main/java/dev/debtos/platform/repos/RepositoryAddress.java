package dev.debtos.platform.repos;

/** What identifies a repository to connect: its provider, full name and clone URL, all validated. */
public record RepositoryAddress(String provider, String fullName, String cloneUrl) {
    public static final String GITHUB = "github";
    public static final String GITLAB = "gitlab";
    public static final String LOCAL = "local";
}
