package com.jetops.query.search;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SearchConfiguration {

    /**
     * Documents are written with the same Jackson setup as the REST API (ISO-8601 instants,
     * money amounts as strings), so a search hit reads exactly like the fleet view.
     */
    @Bean
    JacksonJsonpMapper jsonpMapper(ObjectMapper objectMapper) {
        return new JacksonJsonpMapper(objectMapper.copy());
    }
}
