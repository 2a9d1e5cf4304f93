<#-- The patient choice information sheet, written for patients: no ids, no jargon. -->
<#list pack.patientChoice.introduction as p>
${p}

</#list>
[#choice-questions]
== Questions to help you choose

<#list pack.patientChoice.items as item>
[#${anchor("choice", item.id)}]
=== ${item.question}

What every service tells you:: ${item.providerPublishes}
<#if item.whyItMatters??>
Why this matters:: ${item.whyItMatters}
</#if>

</#list>
[#choice-help]
== Getting help

Your GP practice can tell you which services you can choose from and help you book. If you would like this information in large print, in another language or in another format, ask your GP practice or the service you choose.
