package com.jetops.command.crew;

import com.jetops.api.crew.CrewMemberId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/** Claims in {@code crew_employee_id}, in the same transaction as the event (see PostgresTailNumberClaims). */
@Component
class PostgresEmployeeIdClaims implements EmployeeIdClaims {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public boolean claim(String employeeId, CrewMemberId crewMemberId) {
        return entityManager.createNativeQuery("""
                        insert into crew_employee_id (employee_id, crew_member_id) values (?1, ?2)
                        on conflict (employee_id) do nothing""")
                .setParameter(1, employeeId)
                .setParameter(2, crewMemberId.value())
                .executeUpdate() == 1;
    }
}
