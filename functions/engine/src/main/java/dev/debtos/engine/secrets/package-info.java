/**
 * Secrets in text: well-known credential formats, passwords in connection strings, and high-entropy values assigned to
 * secret-named variables; and their masking, so that no secret leaves the engine in full (evidence, reports).
 */
package dev.debtos.engine.secrets;
