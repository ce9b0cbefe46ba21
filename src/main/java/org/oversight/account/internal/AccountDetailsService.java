package org.oversight.account.internal;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks accounts up for Spring Security's sign-in. */
@Service
class AccountDetailsService implements UserDetailsService {
    private final AccountRepository repository;
    private final Clock clock;

    AccountDetailsService(AccountRepository repository, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .map(account -> new AccountPrincipal(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
