package com.example.departments;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that lists a department's chats. The Bitrix24 client comes from
 * {@code b24-spring-boot-starter} and {@code bitrix24.*} in application.properties (the webhook URL
 * from the environment: {@code BITRIX24_WEBHOOKURL}).
 */
@SpringBootApplication
public class DepartmentsApplication {
  /** Starts the application. */
  public static void main(String[] args) {
    SpringApplication.run(DepartmentsApplication.class, args);
  }
}
