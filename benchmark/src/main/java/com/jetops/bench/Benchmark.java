package com.jetops.bench;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * bin/jetops bench: starts both apps on a database of their own (jetops_bench, made empty by
 * bin/jetops), runs the eight scenarios of issue 7 and position
 * ingest (issue 9, before the replay), and writes the report.
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.from(Arrays.asList(args), System.getenv());
        Report report = new Report(settings);
        Stack stack = new Stack(settings);
        int exit = 0;
        try {
            System.out.println("==> scenario 1: raw PostgreSQL insert limit");
            double baseline = RawInsertBaseline.insertsPerSecond(settings);
            report.row("1 raw limit", "INSERT+COMMIT/s, 16 clients, ~500 B", "(baseline)", Report.f(baseline, 0), null);
            report.detail("baselineInsertsPerSecond", baseline);

            System.out.println("==> starting command-side and query-side on " + settings.jdbcUrl());
            stack.commandSide.start(settings);
            stack.querySide.start(settings);
            Bench bench = new Bench(settings, stack, report);

            BookingFlow.Universe bookings = new BookingFlow(bench).run();
            CommandPath.Universe commands = new CommandPath(bench).run(baseline);
            new FlatAggregate(bench).run();
            // Before the replay, which stops the command side for good.
            new PositionIngest(bench).run();
            new Replay(bench).run(bookings, commands);
            new SearchReads(bench).run();
            Memory.report(bench);
        } catch (Exception | AssertionError e) {
            report.note("The run stopped early: " + e);
            e.printStackTrace();
            exit = 1;
        } finally {
            stack.stop();
            Path written = report.write();
            System.out.println();
            System.out.println(report.markdown());
            System.out.println("report: " + written + " (and " + written.resolveSibling("latest.json") + ")");
        }
        System.exit(exit);
    }
}
