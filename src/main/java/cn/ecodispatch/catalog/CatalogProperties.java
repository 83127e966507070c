package cn.ecodispatch.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which plan's data files this installation runs on ({@code classpath:catalog/<plan>/}). */
@ConfigurationProperties("eco.catalog")
public record CatalogProperties(String plan) {
}
