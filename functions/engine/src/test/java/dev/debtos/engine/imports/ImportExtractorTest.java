package dev.debtos.engine.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.debtos.engine.lexer.Lexers;
import dev.debtos.engine.source.Language;
import dev.debtos.engine.source.SourceFile;
import org.junit.jupiter.api.Test;

class ImportExtractorTest {

    @Test
    void javaPackageAndImportsIncludingStaticAndWildcard() {
        FileImports imports = extract("src/main/java/a/b/Service.java", """
                package a.b;

                import java.util.List;
                import static a.c.Constants.LIMIT;
                import a.d.*;
                import a.record.Entry; // a contextual keyword inside a name

                class Service { String importantField = "import x.y.Z;"; }
                """);

        assertThat(imports.declaredPackage()).isEqualTo("a.b");
        assertThat(imports.qualifiedName()).isEqualTo("a.b.Service");
        assertThat(imports.specifiers()).containsExactly("java.util.List", "a.c.Constants.LIMIT", "a.d.*", "a.record.Entry");
    }

    @Test
    void kotlinImportsWithAliasesAndQuotedNames() {
        FileImports imports = extract("app/Main.kt", """
                package com.shop.app

                import com.shop.model.Cart as ShopCart
                import com.shop.`in`.Reader
                import com.shop.util.*

                fun main() { val import = 1 }
                """);

        assertThat(imports.declaredPackage()).isEqualTo("com.shop.app");
        assertThat(imports.specifiers()).containsExactly("com.shop.model.Cart", "com.shop.in.Reader", "com.shop.util.*");
    }

    @Test
    void scriptModuleSpecifiersFromEveryImportForm() {
        FileImports imports = extract("src/app.ts", """
                import React, { useState } from 'react';
                import './polyfills';
                import type { User } from "./model/user";
                export * from './reexported';
                export { helper } from '../shared/helper.js';
                const legacy = require('./legacy');
                const lazy = await import('./lazy');
                const computed = import(`./locales/${lang}`);
                console.log(import.meta.url, "from './not-an-import'");
                """);

        assertThat(imports.declaredPackage()).isEmpty();
        assertThat(imports.specifiers()).containsExactly("react", "./polyfills", "./model/user", "./reexported",
                "../shared/helper.js", "./legacy", "./lazy");
    }

    @Test
    void pythonPlainFromRelativeAndParenthesisedImports() {
        FileImports imports = extract("pkg/sub/mod.py", """
                import os, json as j
                import pkg.util.text as text
                from . import sibling
                from ..core import (Engine,
                                    run as start)
                from .helpers import *
                def gen():
                    yield from other()
                    raise ValueError() from None
                """);

        assertThat(imports.specifiers()).containsExactly("os", "json", "pkg.util.text", ".:sibling", "..core:Engine",
                "..core:run", ".helpers");
    }

    @Test
    void goPackageClauseAndImportForms() {
        FileImports imports = extract("cart/cart.go", """
                package cart

                import "fmt"
                import p "example.com/shop/pricing"
                import (
                    "strings"
                    _ "example.com/shop/drivers"
                    . "example.com/shop/dsl"
                )

                func Total() string { return fmt.Sprint(p.Price()) }
                """);

        assertThat(imports.declaredPackage()).isEqualTo("cart");
        assertThat(imports.specifiers()).containsExactly("fmt", "example.com/shop/pricing", "strings",
                "example.com/shop/drivers", "example.com/shop/dsl");
    }

    @Test
    void languagesWithoutImportSupportGiveNoSpecifiers() {
        assertThat(extract("main.rb", "require 'json'\n").specifiers()).isEmpty();
    }

    static FileImports extract(String path, String content) {
        SourceFile file = new SourceFile(path, Language.byFileName(path).orElseThrow(), content.toCharArray());
        return ImportExtractor.imports(file, Lexers.lex(file));
    }
}
