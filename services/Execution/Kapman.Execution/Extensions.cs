using System.ComponentModel.DataAnnotations;
using Kapman.Execution.Apis;
using Kapman.Execution.Brokers.Paper;
using Kapman.Execution.Brokers.Tradier;
using Kapman.Execution.DailyPnl;
using Kapman.Execution.Data;
using Kapman.Execution.Exits;
using Kapman.Execution.IntegrationEvents.EventHandling;
using Kapman.Execution.KillSwitch;
using Kapman.Execution.Orders;
using Kapman.Execution.Positions;
using Kapman.Execution.Reconciliation;
using Kapman.Execution.Risk;
using Kapman.Execution.Shadow;
using Kapman.Execution.Trading;
using Kapman.ServiceDefaults;
using Kapman.ServiceDefaults.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kapman.Execution;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKapmanPostgres(new ServiceSchema("execution", typeof(Extensions).Assembly));
        builder.AddKapmanReadContract(ReadContracts.Options);
        builder.AddKapmanReadContract(ReadContracts.MarketData);
        builder.AddKapmanMessaging("execution", bus => bus.AddConsumer<RecommendationIssuedConsumer>());
        builder.Services.AddOptions<ExecutionOptions>().BindConfiguration(ExecutionOptions.Section).ValidateDataAnnotations()
            .Validate(o => Validator.TryValidateObject(o.Walk, new ValidationContext(o.Walk), null, validateAllProperties: true),
                "Kapman:Execution:Walk is invalid: Step 0.01-10 $/share, MaxSteps 1-100, StepIntervalMs 10-600000")
            .ValidateOnStart();
        builder.Services.AddOptions<PaperOptions>().BindConfiguration(PaperOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ExitOptions>().BindConfiguration(ExitOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.ProfitTargetFraction is not null || o.StopLossFraction is not null || o.ProfitTargetDollars is not null || o.StopLossDollars is not null
                || o.CloseAtDaysToExpiry is not null || !o.Enabled, "Kapman:Execution:Exits has every exit condition off: set one or set Enabled to false")
            .ValidateOnStart();

        builder.Services.AddOptions<RiskOptions>().BindConfiguration(RiskOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RiskOptions>, RiskOptionsValidator>();

        builder.Services.AddSingleton<OrderStore>();
        builder.Services.AddSingleton<WalkStepStore>();
        builder.Services.AddSingleton<FillStore>();
        builder.Services.AddSingleton<PositionStore>();
        builder.Services.AddSingleton<ApprovalStore>();
        builder.Services.AddSingleton<KillSwitchStore>();
        builder.Services.AddSingleton<JournalStore>();
        builder.Services.AddSingleton<PaperBookStore>();
        builder.Services.AddSingleton<ExitScanStore>();
        builder.Services.AddSingleton<ShadowOrderStore>();
        builder.Services.AddSingleton(sp => new StoredChainReader(sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.Options)));
        builder.Services.AddSingleton(sp => new MarketBarsReader(sp.GetRequiredKeyedService<NpgsqlDataSource>(ReadContracts.MarketData)));

        builder.Services.AddSingleton<PaperBroker>();
        // Tradier: options only, unless Kapman:Execution:Tradier:Enabled is true; used only for LIVE orders.
        builder.AddTradierBroker();
        builder.Services.AddSingleton<BrokerDirectory>();
        builder.Services.AddSingleton<OperatorKey>();
        builder.Services.AddSingleton<OrderEntry>();
        builder.Services.AddSingleton<FlattenService>();
        builder.Services.AddSingleton<OrderWalker>();
        builder.Services.AddSingleton<KillSwitchService>();
        builder.Services.AddSingleton<PositionView>();
        builder.Services.AddSingleton<ExecutionGate>();
        builder.Services.AddHostedService<OrderWorker>();
        builder.Services.AddHostedService<ReconciliationService>();
        builder.Services.AddSingleton<ShadowReport>();
        builder.Services.AddSingleton<ExitMonitor>();
        builder.Services.AddHostedService<ExitWorker>();
        builder.Services.AddSingleton<RiskBookService>();
        builder.Services.AddSingleton<RiskMonitor>();
        builder.Services.AddHostedService<RiskWorker>();
        builder.Services.AddOptions<DailyPnlOptions>().BindConfiguration(DailyPnlOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DailyPnlStore>();
        builder.Services.AddSingleton<DailyPnlReporter>();
        builder.Services.AddHostedService<DailyPnlWorker>();
    }

    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapOrdersApi();
        app.MapApprovalsApi();
        app.MapPositionsApi();
        app.MapKillSwitchApi();
        app.MapShadowReportApi();
        app.MapRiskApi();
    }
}
