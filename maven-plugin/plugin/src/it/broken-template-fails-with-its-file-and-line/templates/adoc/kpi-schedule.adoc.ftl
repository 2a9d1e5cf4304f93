= KPIs

<#list pack.kpis.kpis as k>
${k.id}
