package com.jetops.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/** One line per scenario, printed and kept in target/chaos-report.txt; any loss fails the scenario. */
final class ChaosReport {
    static final Path FILE = Path.of("target", "chaos-report.txt");

    private ChaosReport() {
    }

    static void record(String scenario, long tried, long acknowledged, long stored, long projected, long lost,
                       String notes) {
        String line = String.format("%-34s tried %6d  acknowledged %6d  stored %6d  projected %6d  lost %d  %s",
                scenario, tried, acknowledged, stored, projected, lost, notes);
        System.out.println("chaos: " + line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(lost).as(scenario + ": lost").isZero();
    }
}
