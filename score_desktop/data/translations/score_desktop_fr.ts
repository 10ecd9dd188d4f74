<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SCORE Desktop</source>
        <translation>À propos de SCORE Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SCORE Desktop %1&lt;/h3&gt;&lt;p&gt;Industrial-engineering tools for small and medium factories, in the spirit of the ILO SCORE programme: OEE, takt time, line balancing, value-stream simulation and resource efficiency.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;Running on:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SCORE Desktop %1&lt;/h3&gt;&lt;p&gt;Outils d&apos;ingénierie industrielle pour les petites et moyennes usines, dans l&apos;esprit du programme SCORE de l&apos;OIT : TRS, temps takt, équilibrage de ligne, simulation de la chaîne de valeur et efficacité des ressources.&lt;/p&gt;&lt;p&gt;Sous licence Apache License 2.0.&lt;/p&gt;&lt;p&gt;Exécuté sur :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy system information</source>
        <translation>Copier les informations système</translation>
    </message>
    <message>
        <source>Copied to the clipboard: paste it into your report.</source>
        <translation>Copié dans le presse-papiers : collez-le dans votre rapport.</translation>
    </message>
</context>
<context>
    <name>ActionListPanel</name>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Go to where it comes from</source>
        <translation>Aller à l&apos;origine</translation>
    </message>
    <message>
        <source>Add from…</source>
        <translation>Ajouter depuis…</translation>
    </message>
    <message>
        <source>An action for a quality cause, a kaizen burst or a resource log</source>
        <translation>Une action pour une cause qualité, un chantier kaizen ou un journal de ressources</translation>
    </message>
    <message>
        <source>%d action(s), %d done, %d overdue; expected saving %s %s/year, actual (done) %s %s/year</source>
        <translation>%d action(s), %d terminée(s), %d en retard ; économie prévue %s %s/an, réelle (terminées) %s %s/an</translation>
    </message>
    <message>
        <source>No causes, kaizen bursts or resource logs in the project yet</source>
        <translation>Aucune cause, aucun chantier kaizen ni journal de ressources dans le projet pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add an action from %s</source>
        <translation>Ajouter une action depuis %s</translation>
    </message>
    <message>
        <source>This action comes from no record</source>
        <translation>Cette action ne provient d&apos;aucun enregistrement</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is no longer in the project</source>
        <translation>« %s » ne fait plus partie du projet</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Overdue: due %s and not done</source>
        <extracomment>(row, column) -&gt; (typed text, why it was refused): shown in the cell until corrected</extracomment>
        <translation>En retard : échéance %s et non terminée</translation>
    </message>
    <message>
        <source>Edit action %d</source>
        <translation>Modifier l&apos;action %d</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Supprimer une action</translation>
    </message>
</context>
<context>
    <name>AlternativesView</name>
    <message>
        <source>name, e.g. &quot;class attempt 1&quot;</source>
        <translation>nom, p. ex. « essai en classe 1 »</translation>
    </message>
    <message>
        <source>Save current balance as</source>
        <translation>Enregistrer l&apos;équilibrage actuel sous</translation>
    </message>
    <message>
        <source>Use selected</source>
        <translation>Utiliser la sélection</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>No balance saved yet.</source>
        <translation>Aucun équilibrage enregistré pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>BalancingControls</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The exact search stops after this time with its best balance and lower bound.</source>
        <translation>La recherche exacte s&apos;arrête après ce délai avec son meilleur équilibrage et sa borne inférieure.</translation>
    </message>
    <message>
        <source>COMSOAL: number of random lines tried</source>
        <translation>COMSOAL : nombre de lignes aléatoires essayées</translation>
    </message>
    <message>
        <source>COMSOAL: the same seed gives the same line</source>
        <translation>COMSOAL : la même graine donne la même ligne</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Équilibrer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Limite de temps</translation>
    </message>
    <message>
        <source>Iterations / seed</source>
        <translation>Itérations / graine</translation>
    </message>
    <message>
        <source>line balancing</source>
        <translation>équilibrage de ligne</translation>
    </message>
</context>
<context>
    <name>BaselineView</name>
    <message>
        <source>Baseline choices</source>
        <translation>Choix de la référence</translation>
    </message>
    <message>
        <source>Baseline period:</source>
        <translation>Période de référence :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>Période de suivi :</translation>
    </message>
    <message>
        <source>Drivers:</source>
        <translation>Facteurs d&apos;influence :</translation>
    </message>
    <message>
        <source>Energy modelled:</source>
        <translation>Énergie modélisée :</translation>
    </message>
    <message>
        <source>Energy vs driver</source>
        <translation>Énergie en fonction du facteur</translation>
    </message>
    <message>
        <source>Measured vs predicted</source>
        <translation>Mesuré / prévu</translation>
    </message>
    <message>
        <source>CUSUM of savings</source>
        <translation>CUSUM des économies</translation>
    </message>
    <message>
        <source>(no reporting period)</source>
        <translation>(aucune période de suivi)</translation>
    </message>
    <message>
        <source>(to the last period)</source>
        <translation>(jusqu&apos;à la dernière période)</translation>
    </message>
    <message>
        <source>All carriers (total kWh)</source>
        <translation>Tous les vecteurs (total kWh)</translation>
    </message>
    <message>
        <source>%s only [kWh]</source>
        <translation>%s seulement [kWh]</translation>
    </message>
    <message>
        <source>Correct the data log or the choices to see this chart</source>
        <translation>Corrigez le journal de données ou les choix pour voir ce graphique</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baseline model&lt;/b&gt; (periods %s to %s, %d periods):&lt;br&gt;</source>
        <translation>&lt;b&gt;Modèle de référence&lt;/b&gt; (périodes %s à %s, %d périodes) :&lt;br&gt;</translation>
    </message>
    <message>
        <source>R² = &lt;b&gt;%.3f&lt;/b&gt; (adjusted %.3f): the drivers explain %.0f %% of the changes in energy use from one %s to the next.</source>
        <translation>R² = &lt;b&gt;%.3f&lt;/b&gt; (ajusté %.3f) : les facteurs d&apos;influence expliquent %.0f %% des variations de la consommation d&apos;énergie d&apos;un(e) %s à l&apos;autre.</translation>
    </message>
    <message>
        <source>CV(RMSE) = &lt;b&gt;%.1f %%&lt;/b&gt;: a typical %s differs from the model by about %s kWh.</source>
        <translation>CV(RMSE) = &lt;b&gt;%.1f %%&lt;/b&gt; : un(e) %s typique s&apos;écarte du modèle d&apos;environ %s kWh.</translation>
    </message>
    <message>
        <source>Base load %s kWh per period (%s).</source>
        <translation>Charge de base %s kWh par période (%s).</translation>
    </message>
    <message>
        <source>%s: %s kWh per %s (%s, %s).</source>
        <translation>%s : %s kWh par %s (%s, %s).</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>significatif</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>non significatif</translation>
    </message>
    <message>
        <source>Choose a reporting period to see savings against the baseline.</source>
        <translation>Choisissez une période de suivi pour voir les économies par rapport à la référence.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Savings %s to %s&lt;/b&gt;: predicted %s kWh, measured %s kWh, saved &lt;b style=&apos;font-size:12pt&apos;&gt;%s kWh&lt;/b&gt;%s. EnPI measured / predicted = %s (below 1: better than the baseline).</source>
        <translation>&lt;b&gt;Économies %s à %s&lt;/b&gt; : prévu %s kWh, mesuré %s kWh, économisé &lt;b style=&apos;font-size:12pt&apos;&gt;%s kWh&lt;/b&gt;%s. IPÉ mesuré / prévu = %s (inférieur à 1 : mieux que la référence).</translation>
    </message>
    <message>
        <source>Choose a reporting period to see the cumulative savings</source>
        <translation>Choisissez une période de suivi pour voir les économies cumulées</translation>
    </message>
</context>
<context>
    <name>CapabilityView</name>
    <message>
        <source>Capability needs measurements; this study charts counts.</source>
        <translation>La capabilité nécessite des mesures ; cette étude porte sur des comptages.</translation>
    </message>
    <message>
        <source>Enter the LSL and/or USL to study capability.</source>
        <translation>Saisissez la LSL et/ou la USL pour étudier la capabilité.</translation>
    </message>
    <message>
        <source>Capability: %s</source>
        <translation>Capabilité : %s</translation>
    </message>
</context>
<context>
    <name>CauseView</name>
    <message>
        <source>the effect, e.g. Bore oversize</source>
        <translation>l&apos;effet, p. ex. Alésage trop grand</translation>
    </message>
    <message>
        <source>Branch / cause / why</source>
        <translation>Branche / cause / pourquoi</translation>
    </message>
    <message>
        <source>a possible cause</source>
        <translation>une cause possible</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Ajouter une cause</translation>
    </message>
    <message>
        <source>Ask why</source>
        <translation>Demander pourquoi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>Créer une action</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Enregistrer l&apos;image…</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Why %d</source>
        <translation>Pourquoi %d</translation>
    </message>
    <message>
        <source>Set the effect</source>
        <translation>Définir l&apos;effet</translation>
    </message>
    <message>
        <source>Type the cause first (what might make the effect happen)</source>
        <translation>Saisissez d&apos;abord la cause (ce qui pourrait provoquer l&apos;effet)</translation>
    </message>
    <message>
        <source>Add a cause</source>
        <translation>Ajouter une cause</translation>
    </message>
    <message>
        <source>Select a cause to ask why</source>
        <translation>Sélectionnez une cause pour demander pourquoi</translation>
    </message>
    <message>
        <source>This cause has its five whys; the last answer is the root cause</source>
        <translation>Cette cause a ses cinq pourquoi ; la dernière réponse est la cause racine</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>Parce que…</translation>
    </message>
    <message>
        <source>Delete a cause</source>
        <translation>Supprimer une cause</translation>
    </message>
    <message>
        <source>Delete a why</source>
        <translation>Supprimer un pourquoi</translation>
    </message>
    <message>
        <source>A cause or an answer cannot be empty; delete it instead</source>
        <translation>Une cause ou une réponse ne peut pas être vide ; supprimez-la plutôt</translation>
    </message>
    <message>
        <source>Edit a cause</source>
        <translation>Modifier une cause</translation>
    </message>
    <message>
        <source>Edit a why</source>
        <translation>Modifier un pourquoi</translation>
    </message>
    <message>
        <source>Select a cause to make an action for it</source>
        <translation>Sélectionnez une cause pour créer une action</translation>
    </message>
    <message>
        <source>Save the cause-and-effect diagram</source>
        <translation>Enregistrer le diagramme cause-effet</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>Images (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the picture: %s</source>
        <translation>Impossible d&apos;enregistrer l&apos;image : %s</translation>
    </message>
</context>
<context>
    <name>ClassroomControls</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start the step-through of the chosen method</source>
        <translation>Démarrer le pas-à-pas de la méthode choisie</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Retour au début</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Play the steps at the chosen speed</source>
        <translation>Lire les étapes à la vitesse choisie</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Use this balance</source>
        <translation>Utiliser cet équilibrage</translation>
    </message>
    <message>
        <source>Choose a method and press Start.</source>
        <translation>Choisissez une méthode et appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Press Next or Play.</source>
        <translation>
            <numerusform>%n étape. Appuyez sur Suivant ou Lecture.</numerusform>
            <numerusform>%n étapes. Appuyez sur Suivant ou Lecture.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start: no task placed yet.</source>
        <translation>Départ : aucune tâche placée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>significatif</translation>
    </message>
    <message>
        <source>within uncertainty</source>
        <translation>dans l&apos;incertitude</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>ControlChartView</name>
    <message>
        <source>why (e.g. new tooling fitted)</source>
        <translation>pourquoi (p. ex. nouvel outillage monté)</translation>
    </message>
    <message>
        <source>Freeze limits from these points</source>
        <translation>Figer les limites à partir de ces points</translation>
    </message>
    <message>
        <source>Recompute the limits from the phase I points and keep them for every later point until you revise them; the old limits stay in the history</source>
        <translation>Recalculer les limites à partir des points de la phase I et les conserver pour tous les points suivants jusqu&apos;à leur révision ; les anciennes limites restent dans l&apos;historique</translation>
    </message>
    <message>
        <source>Phase I: points</source>
        <translation>Phase I : points</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>Figées le</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Phase I points</source>
        <translation>Points de la phase I</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Sigma</source>
        <translation>Sigma</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Enter data to draw the chart</source>
        <translation>Saisissez des données pour tracer la carte</translation>
    </message>
    <message>
        <source>points %d to %d</source>
        <translation>points %d à %d</translation>
    </message>
    <message>
        <source>Limits not frozen yet: estimated from all %s.</source>
        <translation>Limites pas encore figées : estimées à partir de tous les %s.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <source>Limits frozen on %s from %s; later points are judged against them.</source>
        <translation>Limites figées le %s à partir des %s ; les points suivants sont jugés par rapport à elles.</translation>
    </message>
    <message>
        <source>%d point(s) signal a special cause.</source>
        <translation>%d point(s) signalent une cause spéciale.</translation>
    </message>
    <message>
        <source>No point signals a special cause.</source>
        <translation>Aucun point ne signale de cause spéciale.</translation>
    </message>
    <message>
        <source>Cannot freeze the limits: %s</source>
        <translation>Impossible de figer les limites : %s</translation>
    </message>
    <message>
        <source>Freeze limits from points %d-%d</source>
        <translation>Figer les limites à partir des points %d-%d</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>SCORE Desktop is not installed completely</source>
        <translation>SCORE Desktop n&apos;est pas installé complètement</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>a report was saved to %1.</source>
        <translation>un rapport a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>no report could be saved (the log folder is not writable).</source>
        <translation>aucun rapport n&apos;a pu être enregistré (le dossier des journaux n&apos;est pas accessible en écriture).</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The work in this window is safe; %2</source>
        <translation>Un problème est survenu : %1

Le travail dans cette fenêtre est préservé ; %2</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>no target</source>
        <translation>aucun objectif</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>Ratio :</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <source>Correct the data log to see the ratios</source>
        <translation>Corrigez le journal de données pour voir les ratios</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Production [%s]</source>
        <translation>Production [%s]</translation>
    </message>
    <message>
        <source>Energy [kWh]</source>
        <translation>Énergie [kWh]</translation>
    </message>
    <message>
        <source>CO₂ intensity [kg CO₂/%s]</source>
        <translation>Intensité CO₂ [kg CO₂/%s]</translation>
    </message>
    <message>
        <source>Energy cost [%s/%s]</source>
        <translation>Coût de l&apos;énergie [%s/%s]</translation>
    </message>
    <message>
        <source>The log has no figures for this ratio.</source>
        <translation>Le journal ne contient aucune valeur pour ce ratio.</translation>
    </message>
    <message>
        <source>%s: first period %s, last period %s, average %s %s.</source>
        <translation>%s : première période %s, dernière période %s, moyenne %s %s.</translation>
    </message>
    <message>
        <source>%d of %d periods meet the target (%s is better).</source>
        <translation>%d période(s) sur %d atteignent l&apos;objectif (%s est mieux).</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>plus haut</translation>
    </message>
    <message>
        <source>The target must be a number, 0 or more.</source>
        <translation>L&apos;objectif doit être un nombre égal ou supérieur à 0.</translation>
    </message>
</context>
<context>
    <name>FactoryPhysicsView</name>
    <message>
        <source>automatic (3 x W0)</source>
        <translation>automatique (3 x W0)</translation>
    </message>
    <message>
        <source> parts</source>
        <translation> pièces</translation>
    </message>
    <message>
        <source>Exponential times (same means)</source>
        <translation>Temps exponentiels (mêmes moyennes)</translation>
    </message>
    <message>
        <source>Simulate with exponential process times: the points follow the exact line</source>
        <translation>Simuler avec des temps de traitement exponentiels : les points suivent la courbe exacte</translation>
    </message>
    <message>
        <source>Simulate CONWIP sweep</source>
        <translation>Simuler un balayage CONWIP</translation>
    </message>
    <message>
        <source>Run the map&apos;s line in one CONWIP loop at several WIP levels in the background</source>
        <translation>Exécuter en arrière-plan la ligne de la cartographie dans une boucle CONWIP à plusieurs niveaux d&apos;en-cours</translation>
    </message>
    <message>
        <source>Largest WIP</source>
        <translation>En-cours maximal</translation>
    </message>
    <message>
        <source>No Factory Physics view for this map.</source>
        <translation>Aucune vue Factory Physics pour cette cartographie.</translation>
    </message>
    <message>
        <source>Bottleneck rate r_b = %1 parts/h (%2), raw process time T0 = %3, critical WIP W0 = r_b x T0 = %4 parts.</source>
        <translation>Débit du goulot r_b = %1 pièces/h (%2), temps de traitement brut T0 = %3, en-cours critique W0 = r_b x T0 = %4 pièces.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Exclus : %1.</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>{task} – station {number}</source>
        <extracomment>node width, node height, column gap, row gap: normal and presentation sizes</extracomment>
        <translation>{task} – poste {number}</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>SCORE Desktop user guide</source>
        <translation>Guide de l&apos;utilisateur de SCORE Desktop</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data from %s</source>
        <translation>Importer des données depuis %s</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Comptages</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sample sizes</source>
        <translation>Tailles d&apos;échantillon</translation>
    </message>
    <message>
        <source>Subgroup ids (long form)</source>
        <translation>Identifiants de sous-groupe (format long)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Replace the %d rows of the study</source>
        <translation>Remplacer les %d lignes de l&apos;étude</translation>
    </message>
    <message>
        <source>%d data rows found.</source>
        <translation>%d lignes de données trouvées.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Not enough memory to finish %1.</source>
        <extracomment>How often the GUI thread looks at a running job: at most 20 progress signals a second.</extracomment>
        <translation>Mémoire insuffisante pour terminer %1.</translation>
    </message>
    <message>
        <source>Unexpected error in %1: %2</source>
        <translation>Erreur inattendue dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this job; its results are discarded</source>
        <translation>Arrêter cette tâche ; ses résultats sont abandonnés</translation>
    </message>
    <message>
        <source>No job running</source>
        <translation>Aucune tâche en cours</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 écoulé</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, environ %1 restant</translation>
    </message>
    <message>
        <source>Finished in %1</source>
        <translation>Terminé en %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>LineBalancingPanel</name>
    <message>
        <source>Balance</source>
        <translation>Équilibrage</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Precedence graph&lt;/b&gt;</source>
        <translation>&lt;b&gt;Graphe d&apos;antériorité&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a task to select it; drag from one task onto another to add an arrow; wheel to zoom, drag the background to pan</source>
        <translation>Cliquez sur une tâche pour la sélectionner ; faites glisser d&apos;une tâche vers une autre pour ajouter une flèche ; molette pour zoomer, faites glisser le fond pour vous déplacer</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Afficher tout le graphe</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Full screen for a projector; F1 there lists the keys, Esc leaves</source>
        <translation>Plein écran pour un projecteur ; F1 y liste les touches, Échap pour quitter</translation>
    </message>
    <message>
        <source>Drag a task block onto another station, or onto &quot;+ new&quot; for a new station</source>
        <translation>Faites glisser un bloc de tâche sur un autre poste, ou sur « + nouveau » pour un nouveau poste</translation>
    </message>
    <message>
        <source>Yamazumi</source>
        <translation>Yamazumi</translation>
    </message>
    <message>
        <source>Compare balances</source>
        <translation>Comparer les équilibrages</translation>
    </message>
    <message>
        <source>Stations vs cycle time</source>
        <translation>Postes en fonction du temps de cycle</translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation>le tableau est vide</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems: see the Check column.</source>
        <translation>
            <numerusform>%n ligne présente des problèmes : voir la colonne Contrôle.</numerusform>
            <numerusform>%n lignes présentent des problèmes : voir la colonne Contrôle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>Équilibrer (%1)</translation>
    </message>
    <message>
        <source>Fix the problems of the task table first.</source>
        <translation>Corrigez d&apos;abord les problèmes du tableau des tâches.</translation>
    </message>
    <message>
        <source>Move task %1 to station %2</source>
        <translation>Déplacer la tâche %1 vers le poste %2</translation>
    </message>
    <message>
        <source>Save balance %1</source>
        <translation>Enregistrer l&apos;équilibrage %1</translation>
    </message>
    <message>
        <source>Delete saved balance %1</source>
        <translation>Supprimer l&apos;équilibrage enregistré %1</translation>
    </message>
</context>
<context>
    <name>LineSettings</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Take the cycle time from a demand record&apos;s takt time (it follows changes of the demand)</source>
        <translation>Prendre le temps de cycle dans le temps takt d&apos;un enregistrement de demande (il suit les modifications de la demande)</translation>
    </message>
    <message>
        <source>For the shortest cycle time with this many stations (SALBP-2): leave the cycle time not set</source>
        <translation>Pour le temps de cycle le plus court avec ce nombre de postes (SALBP-2) : laissez le temps de cycle non défini</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Temps de cycle</translation>
    </message>
    <message>
        <source>from</source>
        <translation>depuis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>takt of %1</source>
        <translation>takt de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n must-share group(s)</source>
        <translation>
            <numerusform>%n groupe à regrouper</numerusform>
            <numerusform>%n groupes à regrouper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must-not-share pair(s)</source>
        <translation>
            <numerusform>%n paire à séparer</numerusform>
            <numerusform>%n paires à séparer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed task(s)</source>
        <translation>
            <numerusform>%n tâche fixée</numerusform>
            <numerusform>%n tâches fixées</numerusform>
        </translation>
    </message>
    <message>
        <source>Restrictions: </source>
        <translation>Contraintes : </translation>
    </message>
    <message>
        <source>Change cycle time</source>
        <translation>Modifier le temps de cycle</translation>
    </message>
    <message>
        <source>Change station count</source>
        <translation>Modifier le nombre de postes</translation>
    </message>
    <message>
        <source>Change time unit</source>
        <translation>Modifier l&apos;unité de temps</translation>
    </message>
    <message>
        <source>Link cycle time to takt</source>
        <translation>Lier le temps de cycle au takt</translation>
    </message>
</context>
<context>
    <name>LinesOverviewPanel</name>
    <message>
        <source>&lt;h2&gt;Line balancing&lt;/h2&gt;Choose a line in the navigator to edit its tasks and balance it.</source>
        <translation>&lt;h2&gt;Équilibrage de ligne&lt;/h2&gt;Choisissez une ligne dans le navigateur pour modifier ses tâches et l&apos;équilibrer.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Temps de cycle</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Balance efficiency</source>
        <translation>Efficacité de l&apos;équilibrage</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>%s, %s: “%s” is not a number; leave the cell empty if not measured.</source>
        <translation>%s, %s : « %s » n&apos;est pas un nombre ; laissez la cellule vide si la valeur n&apos;a pas été mesurée.</translation>
    </message>
    <message>
        <source>Row %d: %s.</source>
        <translation>Ligne %d : %s.</translation>
    </message>
    <message>
        <source>Edit %s, %s</source>
        <translation>Modifier %s, %s</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <source>Delete %d period(s)</source>
        <translation>Supprimer %d période(s)</translation>
    </message>
    <message>
        <source>Select the cell where the pasted numbers go.</source>
        <translation>Sélectionnez la cellule où placer les nombres collés.</translation>
    </message>
    <message>
        <source>Pasted cells: %s</source>
        <translation>Cellules collées : %s</translation>
    </message>
    <message>
        <source>Paste %d row(s)</source>
        <translation>Coller %d ligne(s)</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Add period</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <source>Delete selected periods</source>
        <translation>Supprimer les périodes sélectionnées</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>Coller depuis Excel</translation>
    </message>
    <message>
        <source>Paste cells copied from Excel: a block of numbers goes into the selected cells; rows that start with a period (2024-01) or a header row are matched by period.</source>
        <translation>Collez des cellules copiées depuis Excel : un bloc de nombres va dans les cellules sélectionnées ; les lignes qui commencent par une période (2024-01) ou une ligne d&apos;en-tête sont associées par période.</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <source>Import CSV/XLSX…</source>
        <translation>Importer CSV/XLSX…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>Save the Excel template with the column names to fill in</source>
        <translation>Enregistrer le modèle Excel avec les noms de colonnes à remplir</translation>
    </message>
    <message>
        <source>… and %d more.</source>
        <translation>… et %d de plus.</translation>
    </message>
    <message>
        <source>%d cell(s) are marked: red = error (the figure cannot be used), yellow = check it. Point at a cell to read why.</source>
        <translation>%d cellule(s) marquée(s) : rouge = erreur (la valeur est inutilisable), jaune = à vérifier. Pointez une cellule pour en lire la raison.</translation>
    </message>
    <message>
        <source>✓ No problems found in the data log.</source>
        <translation>✓ Aucun problème trouvé dans le journal de données.</translation>
    </message>
    <message>
        <source>Energy carrier</source>
        <translation>Vecteur énergétique</translation>
    </message>
    <message>
        <source>Material…</source>
        <translation>Matière…</translation>
    </message>
    <message>
        <source>Waste stream…</source>
        <translation>Flux de déchets…</translation>
    </message>
    <message>
        <source>material</source>
        <translation>matière</translation>
    </message>
    <message>
        <source>waste stream</source>
        <translation>flux de déchets</translation>
    </message>
    <message>
        <source>Name of the %s (quantities in kg):</source>
        <translation>Nom du/de la %s (quantités en kg) :</translation>
    </message>
    <message>
        <source>Import a resource log</source>
        <translation>Importer un journal de ressources</translation>
    </message>
    <message>
        <source>Resource logs (*.xlsx *.csv *.txt)</source>
        <translation>Journaux de ressources (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>import %s</source>
        <translation>importer %s</translation>
    </message>
    <message>
        <source>Import %d periods from %s</source>
        <translation>Importer %d périodes depuis %s</translation>
    </message>
    <message>
        <source>Save the resource log template</source>
        <translation>Enregistrer le modèle de journal de ressources</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>E&amp;xporter vers Excel…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About SCORE Desktop</source>
        <translation>À &amp;propos de SCORE Desktop</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Undo %s</source>
        <translation>&amp;Annuler %s</translation>
    </message>
    <message>
        <source>&amp;Redo %s</source>
        <translation>&amp;Rétablir %s</translation>
    </message>
    <message>
        <source>SCORE Desktop</source>
        <translation>SCORE Desktop</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%s&quot; before closing it?</source>
        <translation>Enregistrer les modifications de « %s » avant de le fermer ?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>SCORE projects (*%s);;All files (*)</source>
        <translation>Projets SCORE (*%s);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Opened %s</source>
        <translation>%s ouvert</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>SCORE projects (*%s)</source>
        <translation>Projets SCORE (*%s)</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Impossible d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>%s enregistré</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel export</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Exported to %s</source>
        <translation>Exporté vers %s</translation>
    </message>
    <message>
        <source>Autosave failed: %s</source>
        <translation>Échec de l&apos;enregistrement automatique : %s</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>un projet non enregistré</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>SCORE Desktop did not close properly last time. Restore the unsaved changes to %s (autosaved %s)?

No discards them; Cancel keeps them for the next start.</source>
        <translation>SCORE Desktop ne s&apos;est pas fermé correctement la dernière fois. Restaurer les modifications non enregistrées de %s (enregistrement automatique %s) ?

Non les abandonne ; Annuler les conserve pour le prochain démarrage.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Select an icon to edit its data.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Sélectionnez une icône pour modifier ses données.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Process: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Processus : %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Renommer l&apos;étape</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Temps de cycle</translation>
    </message>
    <message>
        <source>Mean time per part per machine</source>
        <translation>Temps moyen par pièce et par machine</translation>
    </message>
    <message>
        <source>Cycle time unit</source>
        <translation>Unité du temps de cycle</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variabilité</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Coefficient de variation</translation>
    </message>
    <message>
        <source>Standard deviation / mean (normal and lognormal times)</source>
        <translation>Écart type / moyenne (temps normaux et lognormaux)</translation>
    </message>
    <message>
        <source>(typed in)</source>
        <translation>(saisi)</translation>
    </message>
    <message>
        <source>Cycle time from line</source>
        <translation>Temps de cycle depuis la ligne</translation>
    </message>
    <message>
        <source>Take the largest station time of a line balance</source>
        <translation>Prendre le plus grand temps de poste d&apos;un équilibrage de ligne</translation>
    </message>
    <message>
        <source>Link cycle time</source>
        <translation>Lier le temps de cycle</translation>
    </message>
    <message>
        <source>Changeover</source>
        <translation>Changement de série</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Temps de fonctionnement</translation>
    </message>
    <message>
        <source>Mean time to repair</source>
        <translation>Temps moyen de réparation</translation>
    </message>
    <message>
        <source>Uptime from OEE record</source>
        <translation>Temps de fonctionnement depuis l&apos;enregistrement TRS</translation>
    </message>
    <message>
        <source>Take the availability of an OEE record</source>
        <translation>Prendre la disponibilité d&apos;un enregistrement TRS</translation>
    </message>
    <message>
        <source>Link uptime</source>
        <translation>Lier le temps de fonctionnement</translation>
    </message>
    <message>
        <source>Parallel machines</source>
        <translation>Machines en parallèle</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Rebut</translation>
    </message>
    <message>
        <source>value-adding</source>
        <translation>à valeur ajoutée</translation>
    </message>
    <message>
        <source>Value added</source>
        <translation>Valeur ajoutée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inventory in front&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stock en amont&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>FIFO maximum</source>
        <translation>Maximum FIFO</translation>
    </message>
    <message>
        <source>Kanban cards</source>
        <translation>Cartes kanban</translation>
    </message>
    <message>
        <source>Parts counted</source>
        <translation>Pièces comptées</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Client : %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>pcs/day</source>
        <translation>pcs/jour</translation>
    </message>
    <message>
        <source>Demand from</source>
        <translation>Demande depuis</translation>
    </message>
    <message>
        <source>Take parts per day (and takt) from a demand record</source>
        <translation>Prendre les pièces par jour (et le takt) d&apos;un enregistrement de demande</translation>
    </message>
    <message>
        <source>Link demand</source>
        <translation>Lier la demande</translation>
    </message>
    <message>
        <source>Shifts per day</source>
        <translation>Équipes par jour</translation>
    </message>
    <message>
        <source>Shift length</source>
        <translation>Durée de l&apos;équipe</translation>
    </message>
    <message>
        <source>e.g. 10, 10</source>
        <translation>p. ex. 10, 10</translation>
    </message>
    <message>
        <source>Breaks per shift (min)</source>
        <translation>Pauses par équipe (min)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Finished goods counted</source>
        <translation>Produits finis comptés</translation>
    </message>
    <message>
        <source>Finished goods</source>
        <translation>Produits finis</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supplier: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fournisseur : %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Supplier name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kaizen burst&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chantier kaizen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kaizen burst text</source>
        <translation>Texte du chantier kaizen</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Amélioration</translation>
    </message>
    <message>
        <source>Delete kaizen burst</source>
        <translation>Supprimer le chantier kaizen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flow %1 → %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Flux %1 → %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Share of the output</source>
        <translation>Part de la production</translation>
    </message>
    <message>
        <source>Relative share when a step feeds several others</source>
        <translation>Part relative quand une étape en alimente plusieurs autres</translation>
    </message>
    <message>
        <source>Flow share</source>
        <translation>Part du flux</translation>
    </message>
    <message>
        <source>Delete flow</source>
        <translation>Supprimer le flux</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a record to the selected tool</source>
        <translation>Ajouter un enregistrement à l&apos;outil sélectionné</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Add %s record</source>
        <translation>Ajouter un enregistrement %s</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>A record called &quot;%s&quot; already exists.</source>
        <translation>Un enregistrement nommé « %s » existe déjà.</translation>
    </message>
    <message>
        <source>Rename &quot;%s&quot;</source>
        <translation>Renommer « %s »</translation>
    </message>
    <message>
        <source>Duplicate &quot;%s&quot;</source>
        <translation>Dupliquer « %s »</translation>
    </message>
    <message>
        <source>Delete &quot;%s&quot;</source>
        <translation>Supprimer « %s »</translation>
    </message>
    <message>
        <source>OEE</source>
        <translation>TRS</translation>
    </message>
    <message>
        <source>Demand and takt</source>
        <translation>Demande et takt</translation>
    </message>
    <message>
        <source>Line balancing</source>
        <translation>Équilibrage de ligne</translation>
    </message>
    <message>
        <source>Value streams</source>
        <translation>Chaînes de valeur</translation>
    </message>
    <message>
        <source>Resource efficiency</source>
        <translation>Efficacité des ressources</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>OeeOverviewPanel</name>
    <message>
        <source>OEE trend</source>
        <translation>Tendance du TRS</translation>
    </message>
    <message>
        <source>Add OEE records (one per shift, day or machine) to see their trend.</source>
        <translation>Ajoutez des enregistrements TRS (un par équipe, jour ou machine) pour voir leur tendance.</translation>
    </message>
    <message>
        <source>%d record(s) in the trend.</source>
        <translation>%d enregistrement(s) dans la tendance.</translation>
    </message>
    <message>
        <source>Left out because of input errors: %s</source>
        <translation>Exclus à cause d&apos;erreurs de saisie : %s</translation>
    </message>
</context>
<context>
    <name>OeePanel</name>
    <message>
        <source>Add stop</source>
        <translation>Ajouter un arrêt</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel: start (min), duration (min), reason, category</source>
        <translation>Collez des lignes copiées depuis Excel : début (min), durée (min), motif, catégorie</translation>
    </message>
    <message>
        <source>Stop log</source>
        <translation>Journal des arrêts</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Shop-floor OEE (Vorne / Nakajima)</source>
        <translation>TRS atelier (Vorne / Nakajima)</translation>
    </message>
    <message>
        <source>ISO 22400-2 OEE index</source>
        <translation>Indice TRS ISO 22400-2</translation>
    </message>
    <message>
        <source>A × P × Q</source>
        <translation>D × P × Q</translation>
    </message>
    <message>
        <source>Six big losses</source>
        <translation>Six grandes pertes</translation>
    </message>
    <message>
        <source>Downtime Pareto</source>
        <translation>Pareto des arrêts</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Définition :</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;OEE cannot be computed until the input is corrected.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;Le TRS ne peut pas être calculé tant que la saisie n&apos;est pas corrigée.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Correct the input to see this chart</source>
        <translation>Corrigez la saisie pour afficher ce graphique</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;Availability &lt;b&gt;%s&lt;/b&gt; × Effectiveness &lt;b&gt;%s&lt;/b&gt; × Quality ratio &lt;b&gt;%s&lt;/b&gt; = OEE index &lt;b style=&apos;font-size:18pt&apos;&gt;%s&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;Disponibilité &lt;b&gt;%s&lt;/b&gt; × Efficacité &lt;b&gt;%s&lt;/b&gt; × Taux de qualité &lt;b&gt;%s&lt;/b&gt; = Indice TRS &lt;b style=&apos;font-size:18pt&apos;&gt;%s&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>ISO 22400-2: planned busy time %.0f min, actual production time %.1f min (breakdowns and setups excluded), NEE %s. Effectiveness is not capped at 100 %%.</source>
        <translation>ISO 22400-2 : temps d&apos;occupation planifié %.0f min, temps de production réel %.1f min (pannes et réglages exclus), NEE %s. L&apos;efficacité n&apos;est pas plafonnée à 100 %%.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;Availability &lt;b&gt;%s&lt;/b&gt; × Performance &lt;b&gt;%s&lt;/b&gt; × Quality &lt;b&gt;%s&lt;/b&gt; = OEE &lt;b style=&apos;font-size:18pt&apos;&gt;%s&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;Disponibilité &lt;b&gt;%s&lt;/b&gt; × Performance &lt;b&gt;%s&lt;/b&gt; × Qualité &lt;b&gt;%s&lt;/b&gt; = TRS &lt;b style=&apos;font-size:18pt&apos;&gt;%s&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>– (enter calendar time)</source>
        <translation>– (saisir le temps calendaire)</translation>
    </message>
    <message>
        <source>Planned production time %.0f min, run time %.1f min, fully productive time %.1f min. OOE (shift time %.0f min) %s; TEEP %s. World class: 85 %%.</source>
        <translation>Temps de production planifié %.0f min, temps de marche %.1f min, temps pleinement productif %.1f min. TRG (temps d&apos;équipe %.0f min) %s ; TEEP %s. Classe mondiale : 85 %%.</translation>
    </message>
    <message>
        <source>Six big losses (min)</source>
        <translation>Six grandes pertes (min)</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Drag onto the map; drop an inventory kind on the process it feeds</source>
        <translation>Faites glisser sur la cartographie ; déposez un type de stock sur le processus qu&apos;il alimente</translation>
    </message>
</context>
<context>
    <name>ParetoView</name>
    <message>
        <source>Defect category</source>
        <translation>Catégorie de défaut</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <source>Defects from</source>
        <translation>Défauts issus de</translation>
    </message>
    <message>
        <source>No OEE record of this project has rejects yet.</source>
        <translation>Aucun enregistrement TRS de ce projet ne comporte encore de rebuts.</translation>
    </message>
    <message>
        <source>Pareto: %s</source>
        <translation>Pareto : %s</translation>
    </message>
    <message>
        <source>Pareto from %s</source>
        <translation>Pareto issu de %s</translation>
    </message>
    <message>
        <source>Two defect categories have the same name</source>
        <translation>Deux catégories de défauts portent le même nom</translation>
    </message>
    <message>
        <source>Row %d: the category is empty</source>
        <translation>Ligne %d : la catégorie est vide</translation>
    </message>
    <message>
        <source>Row %d: the count &quot;%s&quot; is not a number of 0 or more</source>
        <translation>Ligne %d : le nombre « %s » n&apos;est pas un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>Edit the defect tally</source>
        <translation>Modifier le relevé des défauts</translation>
    </message>
    <message>
        <source>Add a defect category</source>
        <translation>Ajouter une catégorie de défaut</translation>
    </message>
    <message>
        <source>Delete a defect category</source>
        <translation>Supprimer une catégorie de défaut</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>As the language</source>
        <translation>Comme la langue</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Nombres :</translation>
    </message>
    <message>
        <source>Changes take effect when SCORE Desktop is restarted.</source>
        <translation>Les modifications prendront effet au redémarrage de SCORE Desktop.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Line balancing — presentation</source>
        <translation>Équilibrage de ligne — présentation</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Lecture / pause</translation>
    </message>
    <message>
        <source>Fit graph</source>
        <translation>Ajuster le graphe</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>Touches (F1)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Balance — press → to step through</source>
        <translation>Équilibrage — appuyez sur → pour avancer pas à pas</translation>
    </message>
    <message>
        <source>%1: step %2 of %3</source>
        <translation>%1 : étape %2 sur %3</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source> (this window)</source>
        <translation> (cette fenêtre)</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Present on</source>
        <translation>Présenter sur</translation>
    </message>
    <message>
        <source>→  PageDown  Space  Enter</source>
        <extracomment>action name -&gt; the keys that trigger it</extracomment>
        <translation>→  Page suiv.  Espace  Entrée</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>étape suivante</translation>
    </message>
    <message>
        <source>←  PageUp  Backspace</source>
        <translation>←  Page préc.  Retour arrière</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>étape précédente</translation>
    </message>
    <message>
        <source>Home  /  End</source>
        <translation>Origine  /  Fin</translation>
    </message>
    <message>
        <source>first / last step</source>
        <translation>première / dernière étape</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>play / pause</source>
        <translation>lecture / pause</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>fit the graph</source>
        <translation>ajuster le graphe</translation>
    </message>
    <message>
        <source>B  or  .</source>
        <translation>B  ou  .</translation>
    </message>
    <message>
        <source>blank the screen (again to show)</source>
        <translation>masquer l&apos;écran (appuyer à nouveau pour l&apos;afficher)</translation>
    </message>
    <message>
        <source>F1  or  ?</source>
        <translation>F1  ou  ?</translation>
    </message>
    <message>
        <source>show / hide this help</source>
        <translation>afficher / masquer cette aide</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>leave the presentation</source>
        <translation>quitter la présentation</translation>
    </message>
    <message>
        <source>Presenter keys</source>
        <translation>Touches du présentateur</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Scope, people involved, assumptions…</source>
        <translation>Périmètre, personnes impliquées, hypothèses…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Created / modified</source>
        <translation>Créé / modifié</translation>
    </message>
    <message>
        <source>Change project %s</source>
        <translation>Modifier le projet %s</translation>
    </message>
    <message>
        <source>This project holds: %s. Choose a record on the left, or select a tool and press Add.</source>
        <translation>Ce projet contient : %s. Choisissez un enregistrement à gauche, ou sélectionnez un outil et appuyez sur Ajouter.</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Shade 1 and 2 sigma zones</source>
        <translation>Ombrer les zones à 1 et 2 sigma</translation>
    </message>
    <message>
        <source>Present (large print)</source>
        <translation>Présenter (grands caractères)</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>Coller depuis Excel</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Data (one row per value or sample)</source>
        <translation>Données (une ligne par valeur ou échantillon)</translation>
    </message>
    <message>
        <source>Control chart</source>
        <translation>Carte de contrôle</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capabilité</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <source>Cause and effect</source>
        <translation>Cause et effet</translation>
    </message>
    <message>
        <source>No data yet: type, paste from Excel or add rows.</source>
        <translation>Pas encore de données : saisissez, collez depuis Excel ou ajoutez des lignes.</translation>
    </message>
    <message>
        <source>Control chart: %s</source>
        <translation>Carte de contrôle : %s</translation>
    </message>
    <message>
        <source>The clipboard holds no cells to paste.</source>
        <translation>Le presse-papiers ne contient aucune cellule à coller.</translation>
    </message>
</context>
<context>
    <name>QualityPresentation</name>
    <message>
        <source>Quality — presentation</source>
        <translation>Qualité — présentation</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No chart: check the data</source>
        <translation>Aucun graphique : vérifiez les données</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>not set</source>
        <extracomment>The ground of a refused field; its label turns red and bold.</extracomment>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Modifier %s</translation>
    </message>
</context>
<context>
    <name>ResourcePanel</name>
    <message>
        <source>Data log</source>
        <translation>Journal des données</translation>
    </message>
    <message>
        <source>Baseline and savings</source>
        <translation>Référence et économies</translation>
    </message>
    <message>
        <source>Ratios</source>
        <translation>Ratios</translation>
    </message>
    <message>
        <source>Waste and material flow</source>
        <translation>Déchets et flux de matières</translation>
    </message>
    <message>
        <source>Factors, prices and notes</source>
        <translation>Facteurs, prix et notes</translation>
    </message>
    <message>
        <source>Change baseline choices</source>
        <translation>Modifier les choix de référence</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Définir l&apos;objectif</translation>
    </message>
    <message>
        <source>%s · %s data · %d periods · production in %s · costs in %s</source>
        <translation>%s · données %s · %d périodes · production en %s · coûts en %s</translation>
    </message>
    <message>
        <source>analyse %s</source>
        <translation>analyser %s</translation>
    </message>
    <message>
        <source>The data log is empty: paste or import months to start.</source>
        <translation>Le journal des données est vide : collez ou importez des mois pour commencer.</translation>
    </message>
</context>
<context>
    <name>RestrictionsView</name>
    <message>
        <source>e.g. 3, 6; 9, 10</source>
        <translation>p. ex. 3, 6; 9, 10</translation>
    </message>
    <message>
        <source>Groups of tasks that must be done in the same station</source>
        <translation>Groupes de tâches à réaliser sur le même poste</translation>
    </message>
    <message>
        <source>e.g. 1, 5</source>
        <translation>p. ex. 1, 5</translation>
    </message>
    <message>
        <source>Pairs of tasks that must be in different stations</source>
        <translation>Paires de tâches à placer sur des postes différents</translation>
    </message>
    <message>
        <source>e.g. 12=5</source>
        <translation>p. ex. 12=5</translation>
    </message>
    <message>
        <source>Tasks fixed to a station, as task=station (from 1)</source>
        <translation>Tâches affectées à un poste, sous la forme tâche=poste (à partir de 1)</translation>
    </message>
    <message>
        <source>Same station</source>
        <translation>Même poste</translation>
    </message>
    <message>
        <source>Not together</source>
        <translation>Pas ensemble</translation>
    </message>
    <message>
        <source>Fixed station</source>
        <translation>Poste imposé</translation>
    </message>
    <message>
        <source>Change restrictions</source>
        <translation>Modifier les contraintes</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Not simulated yet: press Simulate.</source>
        <translation>Pas encore simulé : appuyez sur Simuler.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Mean [95 % confidence interval]</source>
        <translation>Moyenne [intervalle de confiance à 95 %]</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Taux d&apos;utilisation</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En travail</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Starved</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>WIP in front</source>
        <translation>En-cours en amont</translation>
    </message>
    <message>
        <source>WIP and output</source>
        <translation>En-cours et production</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai de traversée</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>No simulation results</source>
        <translation>Aucun résultat de simulation</translation>
    </message>
    <message>
        <source>%1 replications of %2 h (first %3 h warm-up).</source>
        <translation>%1 réplications de %2 h (%3 premières h de mise en régime).</translation>
    </message>
    <message>
        <source>Bottleneck: %1.</source>
        <translation>Goulot : %1.</translation>
    </message>
    <message>
        <source>The map changed since this run; simulate again. </source>
        <translation>La cartographie a changé depuis cette exécution ; relancez la simulation. </translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Lead time (mean)</source>
        <translation>Délai de traversée (moyenne)</translation>
    </message>
    <message>
        <source>Lead time %1th percentile</source>
        <translation>Délai de traversée, %1e centile</translation>
    </message>
    <message>
        <source>WIP (time average)</source>
        <translation>En-cours (moyenne dans le temps)</translation>
    </message>
</context>
<context>
    <name>SampleTableModel</name>
    <message>
        <source>Signals (rule)</source>
        <extracomment>(row, column) -&gt; (typed text, why it was refused): shown in the cell until corrected</extracomment>
        <translation>Signaux (règle)</translation>
    </message>
    <message>
        <source>Edit row %d</source>
        <translation>Modifier la ligne %d</translation>
    </message>
    <message>
        <source>Add %d row(s)</source>
        <translation>Ajouter %d ligne(s)</translation>
    </message>
    <message>
        <source>Delete %d row(s)</source>
        <translation>Supprimer %d ligne(s)</translation>
    </message>
    <message>
        <source>Paste %d row(s)</source>
        <translation>Coller %d ligne(s)</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <source>Run sensitivity</source>
        <translation>Lancer l&apos;analyse de sensibilité</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Choose a parameter and a range, then run.</source>
        <translation>Choisissez un paramètre et une plage, puis lancez.</translation>
    </message>
</context>
<context>
    <name>SettingsTableModel</name>
    <message>
        <source>Set %s, %s</source>
        <translation>Définir %s, %s</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Site and units</source>
        <translation>Site et unités</translation>
    </message>
    <message>
        <source>Monthly (2024-01)</source>
        <translation>Mensuel (2024-01)</translation>
    </message>
    <message>
        <source>Weekly (2024-W05)</source>
        <translation>Hebdomadaire (2024-W05)</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Périodes :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Energy carriers: factors and tariffs</source>
        <translation>Vecteurs énergétiques : facteurs et tarifs</translation>
    </message>
    <message>
        <source>Materials: purchase prices</source>
        <translation>Matières : prix d&apos;achat</translation>
    </message>
    <message>
        <source>Waste streams: kind and costs</source>
        <translation>Flux de déchets : type et coûts</translation>
    </message>
    <message>
        <source>Set %s</source>
        <translation>Définir %s</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SCORE Desktop</source>
        <extracomment>The project&apos;s name in a file&apos;s metadata, which comes first in every file this app writes.</extracomment>
        <translation>SCORE Desktop</translation>
    </message>
    <message>
        <source>OEE, takt time, line balancing, value-stream simulation and resource efficiency for small and medium factories.</source>
        <translation>TRS, temps takt, équilibrage de ligne, simulation de la chaîne de valeur et efficacité des ressources pour les petites et moyennes usines.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>No recent projects yet</source>
        <translation>Aucun projet récent pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>StationCountTable</name>
    <message>
        <source>Compute table</source>
        <translation>Calculer le tableau</translation>
    </message>
    <message>
        <source>How many stations for which cycle time? For each station count: the shortest cycle time that works.</source>
        <translation>Combien de postes pour quel temps de cycle ? Pour chaque nombre de postes : le temps de cycle le plus court réalisable.</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Shortest cycle time</source>
        <translation>Temps de cycle le plus court</translation>
    </message>
    <message>
        <source>Balance efficiency</source>
        <translation>Efficacité d&apos;équilibrage</translation>
    </message>
    <message>
        <source>Proven optimal</source>
        <translation>Optimalité prouvée</translation>
    </message>
    <message>
        <source>station-count table</source>
        <translation>tableau du nombre de postes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not proven</source>
        <translation>non prouvé</translation>
    </message>
</context>
<context>
    <name>StopLogModel</name>
    <message>
        <source>Logged as %s; counts as %s because of the %.1f min minor-stop threshold</source>
        <translation>Enregistré comme %s ; compté comme %s en raison du seuil de micro-arrêt de %.1f min</translation>
    </message>
    <message>
        <source>Stop %d: %s must be a number of minutes, not “%s”</source>
        <translation>Arrêt %d : %s doit être un nombre de minutes, et non « %s »</translation>
    </message>
    <message>
        <source>Edit stop %d</source>
        <translation>Modifier l&apos;arrêt %d</translation>
    </message>
    <message>
        <source>Add stop</source>
        <translation>Ajouter un arrêt</translation>
    </message>
    <message>
        <source>Delete %d stop(s)</source>
        <translation>Supprimer %d arrêt(s)</translation>
    </message>
    <message>
        <source>Pasted line %d: expected start and duration in minutes, then reason and category, separated by tabs</source>
        <translation>Ligne collée %d : début et durée en minutes attendus, puis motif et catégorie, séparés par des tabulations</translation>
    </message>
    <message>
        <source>Paste %d stops</source>
        <translation>Coller %d arrêts</translation>
    </message>
</context>
<context>
    <name>StudyImporter</name>
    <message>
        <source>Import measurements or counts</source>
        <translation>Importer des mesures ou des comptages</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.xlsm)</source>
        <translation>Tableaux (*.csv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>Import: %s</source>
        <translation>Importation : %s</translation>
    </message>
    <message>
        <source>Import %d rows from %s</source>
        <translation>Importer %d lignes depuis %s</translation>
    </message>
</context>
<context>
    <name>StudySettings</name>
    <message>
        <source>e.g. Bore diameter</source>
        <translation>p. ex. Diamètre d&apos;alésage</translation>
    </message>
    <message>
        <source>e.g. mm</source>
        <translation>p. ex. mm</translation>
    </message>
    <message>
        <source>e.g. N1, N2, N5</source>
        <translation>p. ex. N1, N2, N5</translation>
    </message>
    <message>
        <source>Rule codes separated by commas: N1-N8 (Nelson), WE1-WE4 (Western Electric)</source>
        <translation>Codes de règles séparés par des virgules : N1-N8 (Nelson), WE1-WE4 (Western Electric)</translation>
    </message>
    <message>
        <source> values</source>
        <translation> valeurs</translation>
    </message>
    <message>
        <source>Consecutive rows form subgroups of this size (rows without a subgroup id)</source>
        <translation>Les lignes consécutives forment des sous-groupes de cette taille (lignes sans identifiant de sous-groupe)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Caractéristique</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Run rules</source>
        <translation>Règles de détection</translation>
    </message>
    <message>
        <source>Rule codes</source>
        <translation>Codes de règles</translation>
    </message>
    <message>
        <source>Subgroup size</source>
        <translation>Taille du sous-groupe</translation>
    </message>
    <message>
        <source>Lower spec limit (LSL)</source>
        <translation>Limite de spécification inférieure (LSL)</translation>
    </message>
    <message>
        <source>Upper spec limit (USL)</source>
        <translation>Limite de spécification supérieure (USL)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>In the unit of the measurements%s; empty = none</source>
        <translation>Dans l&apos;unité des mesures%s ; vide = aucune</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Modifier %s</translation>
    </message>
    <message>
        <source>Choose run rules</source>
        <translation>Choisir les règles de détection</translation>
    </message>
    <message>
        <source>Run rules: %s</source>
        <translation>Règles de détection : %s</translation>
    </message>
    <message>
        <source>Specification limits: %s</source>
        <translation>Limites de spécification : %s</translation>
    </message>
    <message>
        <source>Set the %s</source>
        <translation>Définir %s</translation>
    </message>
</context>
<context>
    <name>TaktPanel</name>
    <message>
        <source>Efficiency from</source>
        <translation>Efficacité issue de</translation>
    </message>
    <message>
        <source>Demand and shift calendar</source>
        <translation>Demande et calendrier des équipes</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Take efficiency from %s</source>
        <translation>Prendre l&apos;efficacité de %s</translation>
    </message>
    <message>
        <source>typed value</source>
        <translation>valeur saisie</translation>
    </message>
    <message>
        <source>typed efficiency %.1f %%</source>
        <translation>efficacité saisie %.1f %%</translation>
    </message>
    <message>
        <source>OEE %.1f %% of &quot;%s&quot; (linked)</source>
        <translation>TRS %.1f %% de « %s » (lié)</translation>
    </message>
    <message>
        <source>OEE record &quot;%s&quot; no longer exists; using the typed efficiency %.1f %%</source>
        <translation>L&apos;enregistrement TRS « %s » n&apos;existe plus ; utilisation de l&apos;efficacité saisie %.1f %%</translation>
    </message>
    <message>
        <source>OEE record &quot;%s&quot; has input errors; using the typed efficiency %.1f %%</source>
        <translation>L&apos;enregistrement TRS « %s » comporte des erreurs de saisie ; utilisation de l&apos;efficacité saisie %.1f %%</translation>
    </message>
    <message>
        <source>Typed value below</source>
        <translation>Valeur saisie ci-dessous</translation>
    </message>
    <message>
        <source>OEE of %s</source>
        <translation>TRS de %s</translation>
    </message>
    <message>
        <source>%s (missing)</source>
        <translation>%s (manquant)</translation>
    </message>
    <message>
        <source>Correct the input to see this chart</source>
        <translation>Corrigez la saisie pour afficher ce graphique</translation>
    </message>
    <message>
        <source>%s s %s (%.1f h)</source>
        <translation>%s s %s (%.1f h)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%.1f s&lt;/b&gt; = %.2f min per unit</source>
        <translation>&lt;b&gt;%.1f s&lt;/b&gt; = %.2f min par unité</translation>
    </message>
    <message>
        <source>%.1f units/h, %s units/day</source>
        <translation>%.1f unités/h, %s unités/jour</translation>
    </message>
    <message>
        <source>%.1f s (takt × %s)</source>
        <translation>%.1f s (takt × %s)</translation>
    </message>
    <message>
        <source>– (enter the work content)</source>
        <translation>– (saisir le contenu de travail)</translation>
    </message>
    <message>
        <source>%d at takt (work content %s s ÷ takt %.1f s, rounded up)</source>
        <translation>%d au takt (contenu de travail %s s ÷ takt %.1f s, arrondi au supérieur)</translation>
    </message>
    <message>
        <source>; %d at the planned cycle time</source>
        <translation> ; %d au temps de cycle planifié</translation>
    </message>
    <message>
        <source>%s s = %.1f min per container of %d</source>
        <translation>%s s = %.1f min par conteneur de %d</translation>
    </message>
    <message>
        <source>%s at ideal speed</source>
        <translation>%s à la vitesse idéale</translation>
    </message>
    <message>
        <source>%s at its OEE</source>
        <translation>%s à son TRS</translation>
    </message>
    <message>
        <source>%d operators at %.0f %% efficiency</source>
        <translation>%d opérateurs à %.0f %% d&apos;efficacité</translation>
    </message>
    <message>
        <source>Capacity bars use the available time of the period; link an OEE record or enter the work content to compare.</source>
        <translation>Les barres de capacité utilisent le temps disponible de la période ; liez un enregistrement TRS ou saisissez le contenu de travail pour comparer.</translation>
    </message>
</context>
<context>
    <name>TaskTableActions</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a task below the selected row</source>
        <translation>Ajouter une tâche sous la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected tasks</source>
        <translation>Supprimer les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Move the task up</source>
        <translation>Monter la tâche</translation>
    </message>
    <message>
        <source>Move the task down</source>
        <translation>Descendre la tâche</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel: task, description, time, predecessors</source>
        <translation>Coller des lignes copiées depuis Excel : tâche, description, temps, prédécesseurs</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Read a task table: CSV, Excel, Scholl .IN2 or Otto .alb</source>
        <translation>Lire un tableau de tâches : CSV, Excel, Scholl .IN2 ou Otto .alb</translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>Importer des tâches</translation>
    </message>
    <message>
        <source>task import</source>
        <translation>importation de tâches</translation>
    </message>
    <message>
        <source>Import tasks from %1</source>
        <translation>Importer des tâches depuis %1</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Temps (%1)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Prédécesseurs</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Edit %1 of task %2</source>
        <translation>Modifier %1 de la tâche %2</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Supprimer %n tâche</numerusform>
            <numerusform>Supprimer %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>Déplacer la tâche</translation>
    </message>
    <message>
        <source>Paste tasks</source>
        <translation>Coller des tâches</translation>
    </message>
    <message>
        <source>Add relation %1 → %2</source>
        <translation>Ajouter la relation %1 → %2</translation>
    </message>
</context>
<context>
    <name>ValueStreamPanel</name>
    <message>
        <source>Add process</source>
        <translation>Ajouter un processus</translation>
    </message>
    <message>
        <source>Add a process box</source>
        <translation>Ajouter une boîte de processus</translation>
    </message>
    <message>
        <source>Add kaizen burst</source>
        <translation>Ajouter un éclair kaizen</translation>
    </message>
    <message>
        <source>Add an improvement note</source>
        <translation>Ajouter une note d&apos;amélioration</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Relier</translation>
    </message>
    <message>
        <source>Drag from one icon to another to add a material flow</source>
        <translation>Faites glisser d&apos;une icône à une autre pour ajouter un flux de matières</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected icon</source>
        <translation>Supprimer l&apos;icône sélectionnée</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <source>Place the icons left to right along the flow</source>
        <translation>Placer les icônes de gauche à droite le long du flux</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Afficher toute la cartographie</translation>
    </message>
    <message>
        <source>Copy as future state</source>
        <translation>Copier comme état futur</translation>
    </message>
    <message>
        <source>A copy of this map to edit as the future state</source>
        <translation>Une copie de cette cartographie à modifier comme état futur</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>Exporter l&apos;image…</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF (A3 landscape)</source>
        <translation>Enregistrer la cartographie en PNG, SVG ou PDF (A3 paysage)</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <source>Run the map in the background with these settings</source>
        <translation>Exécuter la cartographie en arrière-plan avec ces paramètres</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Mise en régime</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Réplications</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Factory Physics</source>
        <translation>Factory Physics</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Kaizen</source>
        <translation>Kaizen</translation>
    </message>
    <message>
        <source>Drop an inventory icon on the process it feeds.</source>
        <translation>Déposez une icône de stock sur le processus qu&apos;elle alimente.</translation>
    </message>
    <message>
        <source>Inventory kind</source>
        <translation>Type de stock</translation>
    </message>
    <message>
        <source>Move icon</source>
        <translation>Déplacer l&apos;icône</translation>
    </message>
    <message>
        <source>Move kaizen burst</source>
        <translation>Déplacer l&apos;éclair kaizen</translation>
    </message>
    <message>
        <source>Delete kaizen burst</source>
        <translation>Supprimer l&apos;éclair kaizen</translation>
    </message>
    <message>
        <source>Delete flow</source>
        <translation>Supprimer le flux</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>État futur</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Exporter la cartographie</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF, A3 landscape (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;PDF, A3 paysage (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation>Simulation impossible : %1</translation>
    </message>
    <message>
        <source>Add a second map to compare with.</source>
        <translation>Ajoutez une deuxième cartographie pour la comparaison.</translation>
    </message>
    <message>
        <source>Simulate both maps to compare them (%1 and %2).</source>
        <translation>Simulez les deux cartographies pour les comparer (%1 et %2).</translation>
    </message>
</context>
<context>
    <name>VsmMap</name>
    <message>
        <source>Production Control</source>
        <translation>Contrôle de production</translation>
    </message>
    <message>
        <source>util. %1 %</source>
        <translation>util. %1 %</translation>
    </message>
    <message>
        <source>BOTTLENECK</source>
        <translation>GOULOT</translation>
    </message>
    <message>
        <source>WIP %1 (sim.)</source>
        <translation>En-cours %1 (sim.)</translation>
    </message>
    <message>
        <source>Simulated share of time:</source>
        <translation>Part de temps simulée :</translation>
    </message>
    <message>
        <source>Process box by utilisation:</source>
        <translation>Boîte de processus selon l&apos;utilisation :</translation>
    </message>
    <message>
        <source>bottleneck (most often active)</source>
        <translation>goulot (le plus souvent actif)</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>prélèvement</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>MRP · weekly schedule</source>
        <translation>MRP · planning hebdomadaire</translation>
    </message>
</context>
<context>
    <name>WasteView</name>
    <message>
        <source>Whole log</source>
        <translation>Journal complet</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Période de référence</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Période de suivi</translation>
    </message>
    <message>
        <source>Cost-of-waste Pareto</source>
        <translation>Pareto du coût des déchets</translation>
    </message>
    <message>
        <source>Material flow</source>
        <translation>Flux de matières</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Périodes :</translation>
    </message>
    <message>
        <source>Material in %s kg, in product %s kg, lost %s kg: &lt;b&gt;loss rate %.1f %%&lt;/b&gt; of the material bought.</source>
        <translation>Matière entrée %s kg, dans le produit %s kg, perdue %s kg : &lt;b&gt;taux de perte %.1f %%&lt;/b&gt; de la matière achetée.</translation>
    </message>
    <message>
        <source>Cost of waste over %d periods &lt;b&gt;%s %s&lt;/b&gt; (lost material, disposal, energy and labour spent on it, less scrap sales).</source>
        <translation>Coût des déchets sur %d périodes &lt;b&gt;%s %s&lt;/b&gt; (matière perdue, élimination, énergie et main-d&apos;œuvre consacrées, moins les ventes de rebuts).</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Flux de déchets</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity [kg]</source>
        <translation>Quantité [kg]</translation>
    </message>
    <message>
        <source>Material value [%s]</source>
        <translation>Valeur matière [%s]</translation>
    </message>
    <message>
        <source>Disposal [%s]</source>
        <translation>Élimination [%s]</translation>
    </message>
    <message>
        <source>Energy [%s]</source>
        <translation>Énergie [%s]</translation>
    </message>
    <message>
        <source>Labour [%s]</source>
        <translation>Main-d&apos;œuvre [%s]</translation>
    </message>
    <message>
        <source>Scrap sales [%s]</source>
        <translation>Ventes de rebuts [%s]</translation>
    </message>
    <message>
        <source>Cost of waste [%s]</source>
        <translation>Coût des déchets [%s]</translation>
    </message>
    <message>
        <source>No cost of waste for these periods</source>
        <translation>Aucun coût des déchets pour ces périodes</translation>
    </message>
    <message>
        <source>The material flow needs materials and material in product [kg]</source>
        <translation>Le flux de matières nécessite les matières et la matière dans le produit [kg]</translation>
    </message>
</context>
<context>
    <name>YamazumiView</name>
    <message>
        <source>No balance yet</source>
        <translation>Pas encore d&apos;équilibrage</translation>
    </message>
    <message>
        <source>Station time</source>
        <translation>Temps du poste</translation>
    </message>
    <message>
        <source>cycle time</source>
        <translation>temps de cycle</translation>
    </message>
    <message>
        <source>takt</source>
        <translation>takt</translation>
    </message>
    <message>
        <source>no station</source>
        <translation>aucun poste</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 de plus</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>%1 failed</source>
        <translation>Échec de %1</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Specific energy</source>
        <translation>Énergie spécifique</translation>
    </message>
    <message>
        <source>Energy productivity</source>
        <translation>Productivité énergétique</translation>
    </message>
    <message>
        <source>Material productivity</source>
        <translation>Productivité matière</translation>
    </message>
    <message>
        <source>Water productivity</source>
        <translation>Productivité de l&apos;eau</translation>
    </message>
    <message>
        <source>Waste intensity</source>
        <translation>Intensité des déchets</translation>
    </message>
    <message>
        <source>Value added per kWh</source>
        <translation>Valeur ajoutée par kWh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <source>Setup &amp; adjustment</source>
        <translation>Réglages &amp; ajustements</translation>
    </message>
    <message>
        <source>Minor stops</source>
        <translation>Micro-arrêts</translation>
    </message>
    <message>
        <source>Reduced speed</source>
        <translation>Vitesse réduite</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Défauts</translation>
    </message>
    <message>
        <source>Start-up rejects</source>
        <translation>Rebuts au démarrage</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Date / shift</source>
        <translation>Date / équipe</translation>
    </message>
    <message>
        <source>Shift length</source>
        <translation>Durée de l&apos;équipe</translation>
    </message>
    <message>
        <source>Planned breaks</source>
        <translation>Pauses planifiées</translation>
    </message>
    <message>
        <source>Ideal cycle time</source>
        <translation>Temps de cycle idéal</translation>
    </message>
    <message>
        <source>s/part</source>
        <translation>s/pièce</translation>
    </message>
    <message>
        <source>The fastest possible time for one part (nameplate or best demonstrated speed).</source>
        <translation>Le temps le plus court possible pour une pièce (vitesse nominale ou meilleure vitesse démontrée).</translation>
    </message>
    <message>
        <source>Total count</source>
        <translation>Quantité totale</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>Good count</source>
        <translation>Quantité bonne</translation>
    </message>
    <message>
        <source>Rejects made while the process warms up; part of total - good.</source>
        <translation>Rebuts produits pendant la mise en température du processus ; inclus dans total - bonnes.</translation>
    </message>
    <message>
        <source>Minor-stop threshold</source>
        <translation>Seuil de micro-arrêt</translation>
    </message>
    <message>
        <source>Unplanned stops shorter than this count as minor stops (performance loss), longer ones as breakdowns.</source>
        <translation>Les arrêts non planifiés plus courts que ce seuil comptent comme micro-arrêts (perte de performance), les plus longs comme pannes.</translation>
    </message>
    <message>
        <source>Calendar time (for TEEP)</source>
        <translation>Temps calendaire (pour le TEEP)</translation>
    </message>
    <message>
        <source>All calendar time of the period, e.g. 1,440 min for a day.</source>
        <translation>Tout le temps calendaire de la période, p. ex. 1,440 min pour une journée.</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Arrêts</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>min from the shift start</source>
        <translation>min depuis le début de l&apos;équipe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>Customer demand</source>
        <translation>Demande client</translation>
    </message>
    <message>
        <source>Demand period</source>
        <translation>Période de demande</translation>
    </message>
    <message>
        <source>Working days per period</source>
        <translation>Jours ouvrés par période</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Shifts per day</source>
        <translation>Équipes par jour</translation>
    </message>
    <message>
        <source>shifts</source>
        <translation>équipes</translation>
    </message>
    <message>
        <source>Breaks per shift</source>
        <translation>Pauses par équipe</translation>
    </message>
    <message>
        <source>Pack-out quantity</source>
        <translation>Quantité par conditionnement</translation>
    </message>
    <message>
        <source>parts/container</source>
        <translation>pièces/conteneur</translation>
    </message>
    <message>
        <source>Efficiency (typed)</source>
        <translation>Efficacité (saisie)</translation>
    </message>
    <message>
        <source>Fraction of takt the line is planned to run at, e.g. 0.85</source>
        <translation>Fraction du takt à laquelle la ligne doit tourner, p. ex. 0.85</translation>
    </message>
    <message>
        <source>Efficiency from OEE record</source>
        <translation>Efficacité issue d&apos;un enregistrement TRS</translation>
    </message>
    <message>
        <source>Work content per part</source>
        <translation>Contenu de travail par pièce</translation>
    </message>
    <message>
        <source>Total manual work per part, for the minimum number of operators.</source>
        <translation>Travail manuel total par pièce, pour le nombre minimal d&apos;opérateurs.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Preparing the line-balancing solver in the background (first run only)…</source>
        <translation>Préparation du solveur d&apos;équilibrage de ligne en arrière-plan (première exécution uniquement)…</translation>
    </message>
    <message>
        <source>The line-balancing solver is ready.</source>
        <translation>Le solveur d&apos;équilibrage de ligne est prêt.</translation>
    </message>
</context>
</TS>
