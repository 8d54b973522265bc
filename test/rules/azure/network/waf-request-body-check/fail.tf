resource "azurerm_web_application_firewall_policy" "bad_off" {
  name                = "bad_off"
  resource_group_name = "rg"
  location            = "westeurope"

  policy_settings {
    request_body_check = false
  }

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }

    managed_rule_set {
      type    = "Microsoft_BotManagerRuleSet"
      version = "1.1"
    }
  }
}

resource "azurerm_web_application_firewall_policy" "unknown" {
  name                = "unknown"
  resource_group_name = "rg"
  location            = "westeurope"

  policy_settings {
    request_body_check = var.inspect
  }

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }

    managed_rule_set {
      type    = "Microsoft_BotManagerRuleSet"
      version = "1.1"
    }
  }
}

resource "azurerm_web_application_firewall_policy" "good_default" {
  name                = "good_default"
  resource_group_name = "rg"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }

    managed_rule_set {
      type    = "Microsoft_BotManagerRuleSet"
      version = "1.1"
    }
  }
}

resource "azurerm_web_application_firewall_policy" "good" {
  name                = "good"
  resource_group_name = "rg"
  location            = "westeurope"

  policy_settings {
    enabled            = true
    mode               = "Prevention"
    request_body_check = true
  }

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }

    managed_rule_set {
      type    = "Microsoft_BotManagerRuleSet"
      version = "1.1"
    }
  }
}
