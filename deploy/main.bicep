// Koers on Azure: a single-tenant Azure Bot with the Teams channel, a Linux App Service on Node
// LTS, Azure Database for PostgreSQL (flexible server) and a Key Vault (RBAC) for the secrets.
//
// Written against the API versions below without being compiled or deployed where it was written
// (no Bicep CLI there). Run `az bicep build --file deploy/main.bicep` before the first deployment.
// deploy/README.md walks through a deployment from nothing.

targetScope = 'resourceGroup'

@description('Short name the resource names start with: lowercase letters and digits.')
@minLength(3)
@maxLength(12)
param baseName string = 'koers'

@description('Region for everything but the bot registration, which is global.')
param location string = resourceGroup().location

@description('Application (client) id of the single-tenant Entra app registration of the bot.')
param microsoftAppId string

@description('Entra tenant (directory) id of that app registration.')
param microsoftAppTenantId string = tenant().tenantId

@description('Web app name; the bot and the tab live at https://<name>.azurewebsites.net.')
param webAppName string = '${baseName}-${uniqueString(resourceGroup().id)}'

@description('App Service plan SKU. Koers schedules weekly messages itself, so it needs Always On: B1 or larger.')
param appServicePlanSku string = 'B1'

@description('Node LTS runtime. Node 20 left support in April 2026; Koers needs 20.19 or newer.')
@allowed([
  'NODE|22-lts'
  'NODE|24-lts'
  'NODE|20-lts'
])
param linuxFxVersion string = 'NODE|22-lts'

@description('Azure Bot resource name (globally unique).')
param botName string = '${baseName}-bot-${uniqueString(resourceGroup().id)}'

@description('Display name of the bot in the Azure portal.')
param botDisplayName string = 'Koers'

@description('Azure Bot SKU; Teams is a standard channel, free on F0.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('PostgreSQL flexible server name (globally unique).')
param postgresServerName string = '${baseName}-pg-${uniqueString(resourceGroup().id)}'

@description('PostgreSQL compute SKU, for example Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@allowed([
  '14'
  '15'
  '16'
])
param postgresVersion string = '16'

@minValue(32)
param postgresStorageGB int = 32

@description('Days Azure keeps the database backups for a point-in-time restore. Whatever a withdrawal deletes lives on in them until they expire, so keep it at the minimum (README: Backups and withdrawal).')
@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 7

param postgresAdminLogin string = 'koersadmin'

@description('PostgreSQL administrator password; Bicep also writes it into the DATABASE-URL secret.')
@secure()
param postgresAdminPassword string

param databaseName string = 'koers'

@description('Optional: your public IP address, so that `koers migrate` and `koers doctor` can reach the database from your machine.')
param clientIpAddress string = ''

@description('Key Vault name (3-24 characters, globally unique).')
@maxLength(24)
param keyVaultName string = take('${baseName}-kv-${uniqueString(resourceGroup().id)}', 24)

@description('Optional: object id of the admin who puts the secrets in Key Vault; gets Key Vault Secrets Officer on it.')
param adminPrincipalId string = ''

@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param adminPrincipalType string = 'User'

// Built-in role definitions (same ids in every tenant).
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

var publicBaseUrl = 'https://${webAppName}.azurewebsites.net'
// Key Vault secret names allow letters, digits and dashes only, so they differ from the settings.
var secretRef = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName='

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // The encryption and pseudonym keys cannot be made again: a deleted vault must stay recoverable.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresServerName
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: postgresVersion
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: postgresStorageGB
      autoGrow: 'Enabled'
    }
    // A geo-redundant copy would keep withdrawn contributions in a second region as well.
    backup: {
      backupRetentionDays: postgresBackupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 - 0.0.0.0 is Azure's convention for "allow Azure services": the web app's outbound
// addresses change, so they are not listed one by one (see deploy/README.md for tightening this).
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource allowAdmin 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = if (!empty(clientIpAddress)) {
  parent: postgres
  name: 'AllowAdminClient'
  properties: {
    startIpAddress: clientIpAddress
    endIpAddress: clientIpAddress
  }
}

// Azure PostgreSQL insists on TLS; its certificates chain to public roots that Node trusts.
resource databaseUrl 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'DATABASE-URL'
  properties: {
    value: 'postgres://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${database.name}?sslmode=verify-full'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${baseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      // The build ran at deployment (Oryx); start the compiled bot directly, not `npm start`.
      appCommandLine: 'node --disable-warning=DEP0111 dist/bot/main.js'
      alwaysOn: appServicePlanSku != 'F1' && appServicePlanSku != 'D1'
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      // NODE_ENV is left unset: with `production` the build would skip the devDependencies that
      // `npm run build` needs. MicrosoftAppId keeps Koers out of local mode.
      appSettings: [
        {
          name: 'MicrosoftAppId'
          value: microsoftAppId
        }
        {
          name: 'MicrosoftAppType'
          value: 'SingleTenant'
        }
        {
          name: 'MicrosoftAppTenantId'
          value: microsoftAppTenantId
        }
        {
          name: 'MicrosoftAppPassword'
          value: '${secretRef}MicrosoftAppPassword)'
        }
        {
          name: 'KOERS_ENCRYPTION_KEY'
          value: '${secretRef}KOERS-ENCRYPTION-KEY)'
        }
        {
          name: 'KOERS_PSEUDONYM_KEY'
          value: '${secretRef}KOERS-PSEUDONYM-KEY)'
        }
        {
          name: 'DATABASE_URL'
          value: '${secretRef}DATABASE-URL)'
        }
        {
          name: 'PUBLIC_BASE_URL'
          value: publicBaseUrl
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'true'
        }
      ]
    }
  }
}

resource webReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, web.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource adminWritesSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(adminPrincipalId)) {
  name: guid(vault.id, adminPrincipalId, keyVaultSecretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficer)
    principalId: adminPrincipalId
    principalType: adminPrincipalType
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: microsoftAppTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

output webAppName string = web.name
output publicBaseUrl string = publicBaseUrl
output botEndpoint string = bot.properties.endpoint
output botName string = bot.name
output keyVaultName string = vault.name
output postgresHost string = postgres.properties.fullyQualifiedDomainName
output webAppPrincipalId string = web.identity.principalId
