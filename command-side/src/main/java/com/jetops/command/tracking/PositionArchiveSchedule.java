package com.jetops.command.tracking;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The archive job runs daily through db-scheduler (the scheduled_tasks table Axon's deadlines
 * already use): with several command-side instances it still runs once a day, on one of them,
 * and a run missed while every instance was down happens at the next start.
 */
@Configuration
class PositionArchiveSchedule {
    static final String TASK = "position-archive";

    @Bean
    RecurringTask<Void> positionArchiveTask(PositionArchive archive, PositionProperties properties) {
        Clock clock = Clock.systemUTC();
        return Tasks.recurring(TASK, Schedules.daily(ZoneOffset.UTC, properties.archiveAt()))
                .execute((instance, context) -> archive.archive(clock.instant()));
    }
}
