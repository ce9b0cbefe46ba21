package org.oversight;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OversightApplication {
    public static void main(String[] args) {
        SpringApplication.run(OversightApplication.class, args);
    }
}
