resource "azurerm_web_application_firewall_policy" "bad_owasp_only" {
  name                = "bad_owasp_only"
  resource_group_name = "rg"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }
  }
}

resource "azurerm_web_application_firewall_policy" "unknown" {
  name                = "unknown"
  resource_group_name = "rg"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }

    managed_rule_set {
      type = var.second_rule_set
    }
  }
}

resource "azurerm_web_application_firewall_policy" "good" {
  name                = "good"
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
