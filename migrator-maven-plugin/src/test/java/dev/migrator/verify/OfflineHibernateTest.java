package dev.migrator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfflineHibernateTest {

    @Test
    void beanValidationDdlFollowsTheValidationModeAndApplyToDdl() {
        assertThat(OfflineHibernate.settingsAllowBeanValidationDdl(java.util.Map.of())).isTrue();
        assertThat(OfflineHibernate.settingsAllowBeanValidationDdl(
                java.util.Map.of("jakarta.persistence.validation.mode", "DDL, CALLBACK"))).isTrue();
        assertThat(OfflineHibernate.settingsAllowBeanValidationDdl(
                java.util.Map.of("jakarta.persistence.validation.mode", "none"))).isFalse();
        assertThat(OfflineHibernate.settingsAllowBeanValidationDdl(
                java.util.Map.of("javax.persistence.validation.mode", "callback"))).isFalse();
        assertThat(OfflineHibernate.settingsAllowBeanValidationDdl(
                java.util.Map.of("hibernate.validator.apply_to_ddl", "false"))).isFalse();
    }
}
