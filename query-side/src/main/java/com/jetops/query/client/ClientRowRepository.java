package com.jetops.query.client;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ClientRowRepository extends JpaRepository<ClientRow, String>, JpaSpecificationExecutor<ClientRow> {
}
