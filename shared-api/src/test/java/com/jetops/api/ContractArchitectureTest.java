package com.jetops.api;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The contract stays a plain library: both apps, and Axon Server, must be able to read it. */
@AnalyzeClasses(packages = "com.jetops.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractArchitectureTest {

    @ArchTest
    static final ArchRule noFrameworksInTheContract = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "co.elastic..",
                    "org.hibernate..", "com.jetops.command..", "com.jetops.query..", "com.jetops.platform..");
}
