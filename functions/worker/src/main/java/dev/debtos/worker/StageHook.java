package dev.debtos.worker;

/**
 * Where a test injects a failure (or a cancel, or a pause) into a scan at a given stage: the claim ("claimed"), each
 * engine stage as it begins ("inventory", "rules", ...), the ledger transaction just before the completion
 * ("ledger", a throw rolls it back) and after the commit ("committed", before the message is acknowledged).
 * Production wiring passes {@link #NONE}; only a package-private constructor of {@link ScanPipeline} takes another,
 * so no configuration can switch one on.
 */
@FunctionalInterface
interface StageHook {
    StageHook NONE = stage -> { };

    void reached(String stage) throws Exception;
}
