package dev.debtos.engine.imports;

import static dev.debtos.engine.imports.ImportExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.source.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    @Test
    void findsAThreeFileJavaCycleAndIgnoresExternalAndSamePackageImports() {
        DependencyGraph graph = DependencyGraph.of(List.of(
                extract("src/a/Order.java", "package a;\nimport b.Billing;\nimport a.Helper;\nimport java.util.List;\nclass Order {}"),
                extract("src/a/Helper.java", "package a;\nclass Helper {}"),
                extract("src/b/Billing.java", "package b;\nimport static c.Ledger.post;\nclass Billing {}"),
                extract("src/c/Ledger.java", "package c;\nimport a.*;\nclass Ledger {}"),
                extract("src/d/Report.java", "package d;\nimport a.Order.Line;\nclass Report {}")));

        assertThat(graph.cycles()).containsExactly(new DependencyCycle(List.of(
                "src/a/Order.java", "src/b/Billing.java", "src/c/Ledger.java")));
        assertThat(graph.dependenciesOf("src/a/Order.java")).containsExactly("src/b/Billing.java"); // Helper: same package
        assertThat(graph.dependenciesOf("src/c/Ledger.java")).containsExactly("src/a/Helper.java", "src/a/Order.java");
        assertThat(graph.dependenciesOf("src/d/Report.java")).containsExactly("src/a/Order.java"); // nested class
    }

    @Test
    void kotlinAndJavaShareOneNamespace() {
        DependencyGraph graph = DependencyGraph.of(List.of(
                extract("app/Main.kt", "package app\nimport lib.Tool\nfun main() {}"),
                extract("lib/Tool.java", "package lib;\nimport app.Main;\nclass Tool {}")));

        assertThat(graph.cycles()).containsExactly(new DependencyCycle(List.of("app/Main.kt", "lib/Tool.java")));
    }

    @Test
    void findsAJavaScriptCycleThroughAnIndexFile() {
        DependencyGraph graph = DependencyGraph.of(List.of(
                extract("web/app.js", "import { b } from './lib';\nimport React from 'react';\n"),
                extract("web/lib/index.js", "export * from './b';\n"),
                extract("web/lib/b.js", "const app = require('../app');\n"),
                extract("web/lib/c.js", "import './b.js';\n")));

        assertThat(graph.cycles()).containsExactly(new DependencyCycle(List.of("web/app.js", "web/lib/b.js", "web/lib/index.js")));
        assertThat(graph.dependenciesOf("web/app.js")).containsExactly("web/lib/index.js");
        assertThat(graph.dependenciesOf("web/lib/c.js")).containsExactly("web/lib/b.js");
    }

    @Test
    void resolvesTypeScriptExtensionsAndJsSpecifiersToTsSources() {
        DependencyGraph graph = DependencyGraph.of(List.of(
                extract("src/main.ts", "import { a } from './a.js';\nimport type { T } from './types';\nimport './ui';\n"),
                extract("src/a.ts", "export const a = 1;\n"),
                extract("src/types.d.ts", "export type T = string;\n"),
                extract("src/ui/index.tsx", "export {};\n")));

        assertThat(graph.dependenciesOf("src/main.ts")).containsExactly("src/a.ts", "src/types.d.ts", "src/ui/index.tsx");
        assertThat(graph.cycles()).isEmpty();
    }

    @Test
    void findsAPythonRelativeImportCycle() {
        DependencyGraph graph = DependencyGraph.of(List.of(
                extract("shop/__init__.py", ""),
                extract("shop/orders.py", "from .billing import charge\n"),
                extract("shop/billing.py", "from . import ledger\nimport requests\n"),
                extract("shop/ledger.py", "from ..shop.orders import Order\n"),
                extract("src/tools/cli.py", "import tools.config\nfrom tools import config\n"),
                extract("src/tools/config.py", "import os\n")));

        assertThat(graph.cycles()).containsExactly(new DependencyCycle(List.of("shop/billing.py", "shop/ledger.py", "shop/orders.py")));
        assertThat(graph.dependenciesOf("src/tools/cli.py")).containsExactly("src/tools/config.py"); // src/ is a root
    }

    @Test
    void aPythonNameImportedFromAPackageResolvesToItsInit() {
        DependencyGraph graph = DependencyGraph.of(List.of(
                extract("app/main.py", "from pkg import helper, submodule\n"),
                extract("pkg/__init__.py", "def helper(): pass\n"),
                extract("pkg/submodule.py", "")));

        assertThat(graph.dependenciesOf("app/main.py")).containsExactly("pkg/__init__.py", "pkg/submodule.py");
    }

    @Test
    void findsAGoPackageCycleListingEveryFileOfThePackages() {
        DependencyGraph graph = DependencyGraph.of(List.of(
                extract("cart/cart.go", "package cart\nimport \"example.com/shop/pricing\"\n"),
                extract("cart/items.go", "package cart\nimport \"fmt\"\n"),
                extract("cart/cart_test.go", "package cart_test\nimport \"example.com/shop/cart\"\n"),
                extract("pricing/pricing.go", "package pricing\nimport (\n  \"strings\"\n  \"example.com/shop/cart\"\n)\n"),
                extract("cmd/main.go", "package main\nimport \"example.com/shop/cart\"\n")),
                Map.of("go.mod", "// the shop\nmodule example.com/shop\n\ngo 1.23\n"));

        assertThat(graph.cycles()).containsExactly(new DependencyCycle(List.of("cart/cart.go", "cart/items.go", "pricing/pricing.go")));
        assertThat(graph.dependenciesOf("cmd/main.go")).containsExactly("cart/cart.go", "cart/items.go");
        assertThat(graph.dependenciesOf("cart/cart_test.go")).containsExactly("cart/cart.go", "cart/items.go");
    }

    @Test
    void resolvesGoImportsOfANestedModule() {
        DependencyGraph graph = DependencyGraph.of(List.of(
                extract("tools/gen/main.go", "package main\nimport \"example.com/shop/tools/internal/tpl\"\n"),
                extract("tools/internal/tpl/tpl.go", "package tpl\n")),
                Map.of("go.mod", "module example.com/shop\n", "tools/go.mod", "module \"example.com/shop/tools\"\n"));

        assertThat(graph.dependenciesOf("tools/gen/main.go")).containsExactly("tools/internal/tpl/tpl.go");
    }

    @Test
    void anAcyclicSetHasNoCycleAndExternalImportsAddNoEdges() {
        DependencyGraph graph = DependencyGraph.of(List.of(
                extract("a/A.java", "package a;\nimport b.B;\nimport org.junit.Test;\nclass A {}"),
                extract("b/B.java", "package b;\nimport java.util.Map;\nclass B {}"),
                extract("x.py", "import numpy\nfrom os import path\n"),
                extract("y.js", "import lodash from 'lodash';\nimport '../outside-the-repository';\n")));

        assertThat(graph.cycles()).isEmpty();
        assertThat(graph.edges()).containsOnlyKeys("a/A.java");
    }

    @Test
    void aCycleThroughOneHundredThousandFilesNeedsNoDeepStack() {
        int n = 100_000;
        List<FileImports> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(new FileImports("p" + i + "/C.java", Language.JAVA, "p" + i, List.of("p" + (i + 1) % n + ".C")));
        }

        List<DependencyCycle> cycles = DependencyGraph.of(files).cycles();

        assertThat(cycles).singleElement().satisfies(cycle -> assertThat(cycle.files()).hasSize(n));
    }

    @Test
    void cyclesAreOrderedLargestFirst() {
        DependencyGraph graph = DependencyGraph.of(List.of(
                extract("x/a.py", "from . import b\n"), extract("x/b.py", "from . import a\n"),
                extract("y/a.py", "from . import b\n"), extract("y/b.py", "from . import c\n"), extract("y/c.py", "from . import a\n")));

        assertThat(graph.cycles()).extracting(cycle -> cycle.files().size()).containsExactly(3, 2);
    }
}
