package com.jetops.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.jetops.command", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandSideArchitectureTest {

    /** The write side never reads projections: its decisions come from aggregates and its own lookup tables. */
    @ArchTest
    static final ArchRule doesNotDependOnTheQuerySide = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.jetops.query..", "co.elastic..");
}
