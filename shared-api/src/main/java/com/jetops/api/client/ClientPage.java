package com.jetops.api.client;

import java.util.List;

public record ClientPage(List<ClientView> items, int page, int size, long total) {
}
