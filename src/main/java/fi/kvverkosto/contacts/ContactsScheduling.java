package fi.kvverkosto.contacts;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled jobs: the kv database's daily retention reminders ({@link RetentionReminders}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ContactsScheduling {}
