package com.jetops.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.jetops.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QuerySideArchitectureTest {

    /** The read side never decides: no command side classes and no command dispatching. */
    @ArchTest
    static final ArchRule doesNotDependOnTheCommandSide = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.jetops.command..", "org.axonframework.commandhandling.gateway..");
}
