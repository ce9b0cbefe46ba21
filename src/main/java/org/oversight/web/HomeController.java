package org.oversight.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page is the list of plans. */
@Controller
class HomeController {
    @GetMapping("/")
    String home() {
        return "redirect:/plans";
    }
}
