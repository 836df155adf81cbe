package dev.debtos.worker;

/**
 * Where a test injects a failure (or a cancel, or a pause) into a scan at a given point: the claim ("claimed"), each
 * engine stage as it begins ("inventory", "rules", ...), the ledger transaction just before the completion
 * ("ledger", a throw rolls it back) and after the commit ("committed", before the message is acknowledged).
 * Production wiring passes {@link #NONE}; no configuration can switch another on.
 */
@FunctionalInterface
public interface StageHook {
    StageHook NONE = stage -> { };

    void reached(String stage) throws Exception;
}
