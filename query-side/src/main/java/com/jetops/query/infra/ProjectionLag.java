package com.jetops.query.infra;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Duration;
import java.time.Instant;

/**
 * Records, per read model, how long after an event was stored its projection finished handling
 * it: the lag a reader sees. Exposed as {@code jetops_projection_lag_seconds} on /actuator/prometheus.
 */
class ProjectionLag implements MessageHandlerInterceptor<EventMessage<?>> {
    private final Timer lag;

    ProjectionLag(MeterRegistry registry, String processingGroup) {
        this.lag = Timer.builder("jetops.projection.lag")
                .description("Time from an event's append to the end of its handling by this projection")
                .tag("processing_group", processingGroup)
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Instant storedAt = unitOfWork.getMessage().getTimestamp();
        unitOfWork.afterCommit(u -> lag.record(Duration.between(storedAt, Instant.now())));
        return chain.proceed();
    }
}
