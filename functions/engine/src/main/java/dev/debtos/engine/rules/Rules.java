package dev.debtos.engine.rules;

import java.util.List;

/** Every rule the engine runs, in report order. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(new ComplexFunctionRule(), new LongFunctionRule(), new DeepNestingRule(), new TooManyParametersRule(),
                new GodFileRule(), new DuplicatedBlockRule(), new SatdCommentRule(), new CircularDependencyRule(),
                new HotspotRule(), new KnowledgeIslandRule(), new CrossModuleCouplingRule(), new MissingLockFileRule(),
                new MissingTestsForHotspotRule(), new HardcodedSecretRule(), new HardcodedEndpointRule(), new SqlInjectionRule(), new ShellCommandRule(),
                new TlsVerificationDisabledRule(), new FastPasswordHashRule(), new UnusedPrivateCodeRule(),
                new UnimportedFileRule(), new OutdatedDocReferenceRule());
    }
}
