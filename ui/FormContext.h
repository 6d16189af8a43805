#pragma once

class CatalogueService;

// What a sale form may use besides its product: the read-side service (plans, billers, bill
// presentment) and whether staging test numbers pass verbatim.
struct FormContext
{
    CatalogueService *catalogue = nullptr;
    bool stagingTestAccounts = false;
};
