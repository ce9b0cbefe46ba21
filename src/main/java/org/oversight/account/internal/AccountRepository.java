package org.oversight.account.internal;

import java.util.List;
import java.util.Optional;
import org.oversight.account.Account;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {
    Optional<Account> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<Account> findAllByOrderByUsername();

    List<Account> findByOrganisationIdOrderByUsername(Long organisationId);
}
