package com.jetops.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.jetops.query.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alias layout across a mapping upgrade: version 2 gets an index of its own beside version
 * 1 (whose index and write alias exist from before), searches keep reading version 1 until
 * version 2 has caught up, then one swap moves both aliases and version 1's index goes.
 */
@QuerySideIntegrationTest
class SearchIndexIT {
    @Autowired
    ElasticsearchClient client;

    @Test
    void aNewMappingVersionIsFilledBesideTheOldOneAndSwappedInWhenCaughtUp() throws Exception {
        String prefix = "test-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        SearchIndex v1 = new SearchIndex(client, prefix, "upgradetest", 1, "upgradetest-v1", () -> 10);
        SearchIndex.Layout first = v1.ensureExists();
        assertThat(first.building()).isFalse();
        client.index(i -> i.index(v1.writeAlias()).id("a").document(Map.of("name", "Nell", "version", 1)));

        SearchIndex v2 = new SearchIndex(client, prefix, "upgradetest", 2, "upgradetest-v2", () -> 42);
        SearchIndex.Layout building = v2.ensureExists();
        assertThat(building.serving()).isEqualTo(first.serving());
        assertThat(building.writing()).startsWith(prefix + "upgradetest-v2-");
        assertThat(building.catchUpTo()).isEqualTo(42);
        assertThat(holders(v2.writeAlias())).containsExactly(building.writing());
        assertThat(holders(v2.alias())).containsExactly(first.serving());
        // Version 2's documents may use its new field: its write alias no longer reaches version 1.
        client.index(i -> i.index(v2.writeAlias()).id("a").document(Map.of("name", "Nell", "nickname", "N", "version", 2)));

        assertThat(v2.completeRebuild(41)).isFalse();
        assertThat(holders(v2.alias())).containsExactly(first.serving());
        assertThat(v2.completeRebuild(42)).isTrue();
        assertThat(holders(v2.alias())).containsExactly(building.writing());
        assertThat(client.indices().exists(e -> e.index(first.serving())).value()).isFalse();
        assertThat(client.get(g -> g.index(v2.alias()).id("a"), Map.class).source()).containsEntry("nickname", "N");
        client.indices().delete(d -> d.index(prefix + "*"));
    }

    private java.util.Set<String> holders(String alias) throws Exception {
        return client.indices().getAlias(a -> a.name(alias)).result().keySet();
    }
}
