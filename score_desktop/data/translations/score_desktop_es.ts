<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SCORE Desktop</source>
        <translation>Acerca de SCORE Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SCORE Desktop %1&lt;/h3&gt;&lt;p&gt;Industrial-engineering tools for small and medium factories, in the spirit of the ILO SCORE programme: OEE, takt time, line balancing, value-stream simulation and resource efficiency.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;Running on:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SCORE Desktop %1&lt;/h3&gt;&lt;p&gt;Herramientas de ingeniería industrial para pequeñas y medianas fábricas, en el espíritu del programa SCORE de la OIT: OEE, tiempo takt, balanceo de líneas, simulación del flujo de valor y eficiencia de recursos.&lt;/p&gt;&lt;p&gt;Con licencia Apache License 2.0.&lt;/p&gt;&lt;p&gt;Se ejecuta en:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy system information</source>
        <translation>Copiar información del sistema</translation>
    </message>
    <message>
        <source>Copied to the clipboard: paste it into your report.</source>
        <translation>Copiado al portapapeles: péguelo en su informe.</translation>
    </message>
</context>
<context>
    <name>ActionListPanel</name>
    <message>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>Go to where it comes from</source>
        <translation>Ir al origen</translation>
    </message>
    <message>
        <source>Add from…</source>
        <translation>Añadir desde…</translation>
    </message>
    <message>
        <source>An action for a quality cause, a kaizen burst or a resource log</source>
        <translation>Una acción para una causa de calidad, un kaizen burst o un registro de recursos</translation>
    </message>
    <message>
        <source>%d action(s), %d done, %d overdue; expected saving %s %s/year, actual (done) %s %s/year</source>
        <translation>%d acción(es), %d hechas, %d vencidas; ahorro esperado %s %s/año, real (hechas) %s %s/año</translation>
    </message>
    <message>
        <source>No causes, kaizen bursts or resource logs in the project yet</source>
        <translation>Aún no hay causas, kaizen bursts ni registros de recursos en el proyecto</translation>
    </message>
    <message>
        <source>Add an action from %s</source>
        <translation>Añadir una acción desde %s</translation>
    </message>
    <message>
        <source>This action comes from no record</source>
        <translation>Esta acción no procede de ningún registro</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is no longer in the project</source>
        <translation>&quot;%s&quot; ya no está en el proyecto</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Overdue: due %s and not done</source>
        <extracomment>(row, column) -&gt; (typed text, why it was refused): shown in the cell until corrected</extracomment>
        <translation>Vencida: fecha límite %s y no hecha</translation>
    </message>
    <message>
        <source>Edit action %d</source>
        <translation>Editar acción %d</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Añadir una acción</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Eliminar una acción</translation>
    </message>
</context>
<context>
    <name>AlternativesView</name>
    <message>
        <source>name, e.g. &quot;class attempt 1&quot;</source>
        <translation>nombre, p. ej. &quot;intento de clase 1&quot;</translation>
    </message>
    <message>
        <source>Save current balance as</source>
        <translation>Guardar el balance actual como</translation>
    </message>
    <message>
        <source>Use selected</source>
        <translation>Usar seleccionado</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Eliminar seleccionado</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>No balance saved yet.</source>
        <translation>Aún no se ha guardado ningún balance.</translation>
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
        <translation>La búsqueda exacta se detiene tras este tiempo con su mejor balance y su cota inferior.</translation>
    </message>
    <message>
        <source>COMSOAL: number of random lines tried</source>
        <translation>COMSOAL: número de líneas aleatorias probadas</translation>
    </message>
    <message>
        <source>COMSOAL: the same seed gives the same line</source>
        <translation>COMSOAL: la misma semilla da la misma línea</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balancear</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Límite de tiempo</translation>
    </message>
    <message>
        <source>Iterations / seed</source>
        <translation>Iteraciones / semilla</translation>
    </message>
    <message>
        <source>line balancing</source>
        <translation>balanceo de líneas</translation>
    </message>
</context>
<context>
    <name>BaselineView</name>
    <message>
        <source>Baseline choices</source>
        <translation>Opciones de la línea base</translation>
    </message>
    <message>
        <source>Baseline period:</source>
        <translation>Período de referencia:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>Período de informe:</translation>
    </message>
    <message>
        <source>Drivers:</source>
        <translation>Variables:</translation>
    </message>
    <message>
        <source>Energy modelled:</source>
        <translation>Energía modelada:</translation>
    </message>
    <message>
        <source>Energy vs driver</source>
        <translation>Energía frente a variable</translation>
    </message>
    <message>
        <source>Measured vs predicted</source>
        <translation>Medido frente a previsto</translation>
    </message>
    <message>
        <source>CUSUM of savings</source>
        <translation>CUSUM de los ahorros</translation>
    </message>
    <message>
        <source>(no reporting period)</source>
        <translation>(sin período de informe)</translation>
    </message>
    <message>
        <source>(to the last period)</source>
        <translation>(hasta el último período)</translation>
    </message>
    <message>
        <source>All carriers (total kWh)</source>
        <translation>Todos los portadores (kWh totales)</translation>
    </message>
    <message>
        <source>%s only [kWh]</source>
        <translation>Solo %s [kWh]</translation>
    </message>
    <message>
        <source>Correct the data log or the choices to see this chart</source>
        <translation>Corrija el registro de datos o las opciones para ver este gráfico</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baseline model&lt;/b&gt; (periods %s to %s, %d periods):&lt;br&gt;</source>
        <translation>&lt;b&gt;Modelo de línea base&lt;/b&gt; (períodos %s a %s, %d períodos):&lt;br&gt;</translation>
    </message>
    <message>
        <source>R² = &lt;b&gt;%.3f&lt;/b&gt; (adjusted %.3f): the drivers explain %.0f %% of the changes in energy use from one %s to the next.</source>
        <translation>R² = &lt;b&gt;%.3f&lt;/b&gt; (ajustado %.3f): las variables explican el %.0f %% de los cambios en el consumo de energía de un(a) %s al siguiente.</translation>
    </message>
    <message>
        <source>CV(RMSE) = &lt;b&gt;%.1f %%&lt;/b&gt;: a typical %s differs from the model by about %s kWh.</source>
        <translation>CV(RMSE) = &lt;b&gt;%.1f %%&lt;/b&gt;: un(a) %s típico(a) difiere del modelo en unos %s kWh.</translation>
    </message>
    <message>
        <source>Base load %s kWh per period (%s).</source>
        <translation>Carga base %s kWh por período (%s).</translation>
    </message>
    <message>
        <source>%s: %s kWh per %s (%s, %s).</source>
        <translation>%s: %s kWh por %s (%s, %s).</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>significativo</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>no significativo</translation>
    </message>
    <message>
        <source>Choose a reporting period to see savings against the baseline.</source>
        <translation>Elija un período de informe para ver los ahorros frente a la línea base.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Savings %s to %s&lt;/b&gt;: predicted %s kWh, measured %s kWh, saved &lt;b style=&apos;font-size:12pt&apos;&gt;%s kWh&lt;/b&gt;%s. EnPI measured / predicted = %s (below 1: better than the baseline).</source>
        <translation>&lt;b&gt;Ahorros de %s a %s&lt;/b&gt;: previsto %s kWh, medido %s kWh, ahorrado &lt;b style=&apos;font-size:12pt&apos;&gt;%s kWh&lt;/b&gt;%s. EnPI medido / previsto = %s (por debajo de 1: mejor que la línea base).</translation>
    </message>
    <message>
        <source>Choose a reporting period to see the cumulative savings</source>
        <translation>Elija un período de informe para ver los ahorros acumulados</translation>
    </message>
</context>
<context>
    <name>CapabilityView</name>
    <message>
        <source>Capability needs measurements; this study charts counts.</source>
        <translation>La capacidad de proceso necesita mediciones; este estudio representa recuentos.</translation>
    </message>
    <message>
        <source>Enter the LSL and/or USL to study capability.</source>
        <translation>Introduzca el LIE y/o el LSE para estudiar la capacidad de proceso.</translation>
    </message>
    <message>
        <source>Capability: %s</source>
        <translation>Capacidad de proceso: %s</translation>
    </message>
</context>
<context>
    <name>CauseView</name>
    <message>
        <source>the effect, e.g. Bore oversize</source>
        <translation>el efecto, p. ej. Diámetro de taladro excesivo</translation>
    </message>
    <message>
        <source>Branch / cause / why</source>
        <translation>Rama / causa / por qué</translation>
    </message>
    <message>
        <source>a possible cause</source>
        <translation>una causa posible</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Añadir causa</translation>
    </message>
    <message>
        <source>Ask why</source>
        <translation>Preguntar por qué</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>Crear una acción</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Rama</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Why %d</source>
        <translation>Por qué %d</translation>
    </message>
    <message>
        <source>Set the effect</source>
        <translation>Definir el efecto</translation>
    </message>
    <message>
        <source>Type the cause first (what might make the effect happen)</source>
        <translation>Escriba primero la causa (lo que podría provocar el efecto)</translation>
    </message>
    <message>
        <source>Add a cause</source>
        <translation>Añadir una causa</translation>
    </message>
    <message>
        <source>Select a cause to ask why</source>
        <translation>Seleccione una causa para preguntar por qué</translation>
    </message>
    <message>
        <source>This cause has its five whys; the last answer is the root cause</source>
        <translation>Esta causa tiene sus cinco porqués; la última respuesta es la causa raíz</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>Porque…</translation>
    </message>
    <message>
        <source>Delete a cause</source>
        <translation>Eliminar una causa</translation>
    </message>
    <message>
        <source>Delete a why</source>
        <translation>Eliminar un porqué</translation>
    </message>
    <message>
        <source>A cause or an answer cannot be empty; delete it instead</source>
        <translation>Una causa o una respuesta no puede estar vacía; elimínela en su lugar</translation>
    </message>
    <message>
        <source>Edit a cause</source>
        <translation>Editar una causa</translation>
    </message>
    <message>
        <source>Edit a why</source>
        <translation>Editar un porqué</translation>
    </message>
    <message>
        <source>Select a cause to make an action for it</source>
        <translation>Seleccione una causa para crear una acción para ella</translation>
    </message>
    <message>
        <source>Save the cause-and-effect diagram</source>
        <translation>Guardar el diagrama de causa-efecto</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>Imágenes (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the picture: %s</source>
        <translation>No se puede guardar la imagen: %s</translation>
    </message>
</context>
<context>
    <name>ClassroomControls</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start the step-through of the chosen method</source>
        <translation>Iniciar la ejecución paso a paso del método elegido</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play the steps at the chosen speed</source>
        <translation>Reproducir los pasos a la velocidad elegida</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Use this balance</source>
        <translation>Usar este balance</translation>
    </message>
    <message>
        <source>Choose a method and press Start.</source>
        <translation>Elija un método y pulse Iniciar.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Press Next or Play.</source>
        <translation>
            <numerusform>%n paso. Pulse Siguiente o Reproducir.</numerusform>
            <numerusform>%n pasos. Pulse Siguiente o Reproducir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start: no task placed yet.</source>
        <translation>Inicio: aún no se ha asignado ninguna tarea.</translation>
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
        <translation>Medida</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>significativo</translation>
    </message>
    <message>
        <source>within uncertainty</source>
        <translation>dentro de la incertidumbre</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>sin evaluar</translation>
    </message>
</context>
<context>
    <name>ControlChartView</name>
    <message>
        <source>why (e.g. new tooling fitted)</source>
        <translation>por qué (p. ej. se montó herramienta nueva)</translation>
    </message>
    <message>
        <source>Freeze limits from these points</source>
        <translation>Congelar límites a partir de estos puntos</translation>
    </message>
    <message>
        <source>Recompute the limits from the phase I points and keep them for every later point until you revise them; the old limits stay in the history</source>
        <translation>Recalcular los límites a partir de los puntos de la fase I y mantenerlos para todos los puntos posteriores hasta que los revise; los límites anteriores quedan en el historial</translation>
    </message>
    <message>
        <source>Phase I: points</source>
        <translation>Fase I: puntos</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>Congelados el</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Phase I points</source>
        <translation>Puntos de la fase I</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Sigma</source>
        <translation>Sigma</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Enter data to draw the chart</source>
        <translation>Introduzca datos para dibujar el gráfico</translation>
    </message>
    <message>
        <source>points %d to %d</source>
        <translation>puntos %d a %d</translation>
    </message>
    <message>
        <source>Limits not frozen yet: estimated from all %s.</source>
        <translation>Límites aún no congelados: estimados a partir de todos los %s.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sin fecha)</translation>
    </message>
    <message>
        <source>Limits frozen on %s from %s; later points are judged against them.</source>
        <translation>Límites congelados el %s a partir de %s; los puntos posteriores se evalúan frente a ellos.</translation>
    </message>
    <message>
        <source>%d point(s) signal a special cause.</source>
        <translation>%d punto(s) indican una causa especial.</translation>
    </message>
    <message>
        <source>No point signals a special cause.</source>
        <translation>Ningún punto indica una causa especial.</translation>
    </message>
    <message>
        <source>Cannot freeze the limits: %s</source>
        <translation>No se pueden congelar los límites: %s</translation>
    </message>
    <message>
        <source>Freeze limits from points %d-%d</source>
        <translation>Congelar límites a partir de los puntos %d-%d</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>SCORE Desktop is not installed completely</source>
        <translation>SCORE Desktop no está instalado por completo</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>a report was saved to %1.</source>
        <translation>se guardó un informe en %1.</translation>
    </message>
    <message>
        <source>no report could be saved (the log folder is not writable).</source>
        <translation>no se pudo guardar ningún informe (no se puede escribir en la carpeta de registro).</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The work in this window is safe; %2</source>
        <translation>Algo ha fallado: %1

El trabajo de esta ventana está a salvo; %2</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>Indicador:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>Correct the data log to see the ratios</source>
        <translation>Corrija el registro de datos para ver los indicadores</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Production [%s]</source>
        <translation>Producción [%s]</translation>
    </message>
    <message>
        <source>Energy [kWh]</source>
        <translation>Energía [kWh]</translation>
    </message>
    <message>
        <source>CO₂ intensity [kg CO₂/%s]</source>
        <translation>Intensidad de CO₂ [kg CO₂/%s]</translation>
    </message>
    <message>
        <source>Energy cost [%s/%s]</source>
        <translation>Coste energético [%s/%s]</translation>
    </message>
    <message>
        <source>The log has no figures for this ratio.</source>
        <translation>El registro no tiene cifras para este indicador.</translation>
    </message>
    <message>
        <source>%s: first period %s, last period %s, average %s %s.</source>
        <translation>%s: primer período %s, último período %s, media %s %s.</translation>
    </message>
    <message>
        <source>%d of %d periods meet the target (%s is better).</source>
        <translation>%d de %d períodos cumplen el objetivo (mejor cuanto más %s).</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>The target must be a number, 0 or more.</source>
        <translation>El objetivo debe ser un número igual o mayor que 0.</translation>
    </message>
</context>
<context>
    <name>FactoryPhysicsView</name>
    <message>
        <source>automatic (3 x W0)</source>
        <translation>automático (3 x W0)</translation>
    </message>
    <message>
        <source> parts</source>
        <translation> piezas</translation>
    </message>
    <message>
        <source>Exponential times (same means)</source>
        <translation>Tiempos exponenciales (mismas medias)</translation>
    </message>
    <message>
        <source>Simulate with exponential process times: the points follow the exact line</source>
        <translation>Simular con tiempos de proceso exponenciales: los puntos siguen la línea exacta</translation>
    </message>
    <message>
        <source>Simulate CONWIP sweep</source>
        <translation>Simular barrido CONWIP</translation>
    </message>
    <message>
        <source>Run the map&apos;s line in one CONWIP loop at several WIP levels in the background</source>
        <translation>Ejecutar la línea del mapa en un bucle CONWIP con varios niveles de WIP en segundo plano</translation>
    </message>
    <message>
        <source>Largest WIP</source>
        <translation>WIP máximo</translation>
    </message>
    <message>
        <source>No Factory Physics view for this map.</source>
        <translation>No hay vista de Factory Physics para este mapa.</translation>
    </message>
    <message>
        <source>Bottleneck rate r_b = %1 parts/h (%2), raw process time T0 = %3, critical WIP W0 = r_b x T0 = %4 parts.</source>
        <translation>Ritmo del cuello de botella r_b = %1 piezas/h (%2), tiempo de proceso bruto T0 = %3, WIP crítico W0 = r_b x T0 = %4 piezas.</translation>
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
        <translation>Excluido: %1.</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>{task} – station {number}</source>
        <extracomment>node width, node height, column gap, row gap: normal and presentation sizes</extracomment>
        <translation>{task} – estación {number}</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>SCORE Desktop user guide</source>
        <translation>Guía del usuario de SCORE Desktop</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data from %s</source>
        <translation>Importar datos desde %s</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sample sizes</source>
        <translation>Tamaños de muestra</translation>
    </message>
    <message>
        <source>Subgroup ids (long form)</source>
        <translation>Identificadores de subgrupo (formato largo)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Replace the %d rows of the study</source>
        <translation>Reemplazar las %d filas del estudio</translation>
    </message>
    <message>
        <source>%d data rows found.</source>
        <translation>Se encontraron %d filas de datos.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Not enough memory to finish %1.</source>
        <extracomment>How often the GUI thread looks at a running job: at most 20 progress signals a second.</extracomment>
        <translation>No hay memoria suficiente para terminar %1.</translation>
    </message>
    <message>
        <source>Unexpected error in %1: %2</source>
        <translation>Error inesperado en %1: %2</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this job; its results are discarded</source>
        <translation>Detener este trabajo; sus resultados se descartan</translation>
    </message>
    <message>
        <source>No job running</source>
        <translation>Ningún trabajo en curso</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 transcurrido</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, quedan unos %1</translation>
    </message>
    <message>
        <source>Finished in %1</source>
        <translation>Terminado en %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>LineBalancingPanel</name>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Aula</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Precedence graph&lt;/b&gt;</source>
        <translation>&lt;b&gt;Grafo de precedencia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a task to select it; drag from one task onto another to add an arrow; wheel to zoom, drag the background to pan</source>
        <translation>Haga clic en una tarea para seleccionarla; arrastre de una tarea a otra para añadir una flecha; use la rueda para hacer zoom y arrastre el fondo para desplazarse</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Mostrar el grafo completo</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Full screen for a projector; F1 there lists the keys, Esc leaves</source>
        <translation>Pantalla completa para un proyector; allí F1 muestra las teclas y Esc sale</translation>
    </message>
    <message>
        <source>Drag a task block onto another station, or onto &quot;+ new&quot; for a new station</source>
        <translation>Arrastre un bloque de tarea a otra estación, o a &quot;+ nueva&quot; para crear una estación nueva</translation>
    </message>
    <message>
        <source>Yamazumi</source>
        <translation>Yamazumi</translation>
    </message>
    <message>
        <source>Compare balances</source>
        <translation>Comparar balances</translation>
    </message>
    <message>
        <source>Stations vs cycle time</source>
        <translation>Estaciones frente a tiempo de ciclo</translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation>la tabla está vacía</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems: see the Check column.</source>
        <translation>
            <numerusform>%n fila tiene problemas: vea la columna Comprobación.</numerusform>
            <numerusform>%n filas tienen problemas: vea la columna Comprobación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>Balance (%1)</translation>
    </message>
    <message>
        <source>Fix the problems of the task table first.</source>
        <translation>Corrija primero los problemas de la tabla de tareas.</translation>
    </message>
    <message>
        <source>Move task %1 to station %2</source>
        <translation>Mover la tarea %1 a la estación %2</translation>
    </message>
    <message>
        <source>Save balance %1</source>
        <translation>Guardar el balance %1</translation>
    </message>
    <message>
        <source>Delete saved balance %1</source>
        <translation>Eliminar el balance guardado %1</translation>
    </message>
</context>
<context>
    <name>LineSettings</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Take the cycle time from a demand record&apos;s takt time (it follows changes of the demand)</source>
        <translation>Tomar el tiempo de ciclo del tiempo takt de un registro de demanda (sigue los cambios de la demanda)</translation>
    </message>
    <message>
        <source>For the shortest cycle time with this many stations (SALBP-2): leave the cycle time not set</source>
        <translation>Para el tiempo de ciclo más corto con este número de estaciones (SALBP-2): deje el tiempo de ciclo sin definir</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Tiempo de ciclo</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Estaciones</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>introducido</translation>
    </message>
    <message>
        <source>takt of %1</source>
        <translation>takt de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n must-share group(s)</source>
        <translation>
            <numerusform>%n grupo que debe compartir estación</numerusform>
            <numerusform>%n grupos que deben compartir estación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must-not-share pair(s)</source>
        <translation>
            <numerusform>%n par que no debe compartir estación</numerusform>
            <numerusform>%n pares que no deben compartir estación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed task(s)</source>
        <translation>
            <numerusform>%n tarea fija</numerusform>
            <numerusform>%n tareas fijas</numerusform>
        </translation>
    </message>
    <message>
        <source>Restrictions: </source>
        <translation>Restricciones: </translation>
    </message>
    <message>
        <source>Change cycle time</source>
        <translation>Cambiar el tiempo de ciclo</translation>
    </message>
    <message>
        <source>Change station count</source>
        <translation>Cambiar el número de estaciones</translation>
    </message>
    <message>
        <source>Change time unit</source>
        <translation>Cambiar la unidad de tiempo</translation>
    </message>
    <message>
        <source>Link cycle time to takt</source>
        <translation>Vincular el tiempo de ciclo al takt</translation>
    </message>
</context>
<context>
    <name>LinesOverviewPanel</name>
    <message>
        <source>&lt;h2&gt;Line balancing&lt;/h2&gt;Choose a line in the navigator to edit its tasks and balance it.</source>
        <translation>&lt;h2&gt;Balanceo de líneas&lt;/h2&gt;Elija una línea en el navegador para editar sus tareas y balancearla.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Tiempo de ciclo</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Estaciones</translation>
    </message>
    <message>
        <source>Balance efficiency</source>
        <translation>Eficiencia del balance</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>%s, %s: “%s” is not a number; leave the cell empty if not measured.</source>
        <translation>%s, %s: “%s” no es un número; deje la celda vacía si no se ha medido.</translation>
    </message>
    <message>
        <source>Row %d: %s.</source>
        <translation>Fila %d: %s.</translation>
    </message>
    <message>
        <source>Edit %s, %s</source>
        <translation>Editar %s, %s</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Añadir período</translation>
    </message>
    <message>
        <source>Delete %d period(s)</source>
        <translation>Eliminar %d período(s)</translation>
    </message>
    <message>
        <source>Select the cell where the pasted numbers go.</source>
        <translation>Seleccione la celda donde van los números pegados.</translation>
    </message>
    <message>
        <source>Pasted cells: %s</source>
        <translation>Celdas pegadas: %s</translation>
    </message>
    <message>
        <source>Paste %d row(s)</source>
        <translation>Pegar %d fila(s)</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Add period</source>
        <translation>Añadir período</translation>
    </message>
    <message>
        <source>Delete selected periods</source>
        <translation>Eliminar los períodos seleccionados</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>Pegar desde Excel</translation>
    </message>
    <message>
        <source>Paste cells copied from Excel: a block of numbers goes into the selected cells; rows that start with a period (2024-01) or a header row are matched by period.</source>
        <translation>Pegar celdas copiadas de Excel: un bloque de números va a las celdas seleccionadas; las filas que empiezan por un período (2024-01) o una fila de encabezado se emparejan por período.</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Añadir columna</translation>
    </message>
    <message>
        <source>Import CSV/XLSX…</source>
        <translation>Importar CSV/XLSX…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Guardar plantilla…</translation>
    </message>
    <message>
        <source>Save the Excel template with the column names to fill in</source>
        <translation>Guardar la plantilla de Excel con los nombres de columna que hay que rellenar</translation>
    </message>
    <message>
        <source>… and %d more.</source>
        <translation>… y %d más.</translation>
    </message>
    <message>
        <source>%d cell(s) are marked: red = error (the figure cannot be used), yellow = check it. Point at a cell to read why.</source>
        <translation>%d celda(s) marcadas: rojo = error (la cifra no se puede usar), amarillo = revísela. Señale una celda para ver el motivo.</translation>
    </message>
    <message>
        <source>✓ No problems found in the data log.</source>
        <translation>✓ No se encontraron problemas en el registro de datos.</translation>
    </message>
    <message>
        <source>Energy carrier</source>
        <translation>Portador energético</translation>
    </message>
    <message>
        <source>Material…</source>
        <translation>Material…</translation>
    </message>
    <message>
        <source>Waste stream…</source>
        <translation>Flujo de residuos…</translation>
    </message>
    <message>
        <source>material</source>
        <translation>material</translation>
    </message>
    <message>
        <source>waste stream</source>
        <translation>flujo de residuos</translation>
    </message>
    <message>
        <source>Name of the %s (quantities in kg):</source>
        <translation>Nombre del %s (cantidades en kg):</translation>
    </message>
    <message>
        <source>Import a resource log</source>
        <translation>Importar un registro de recursos</translation>
    </message>
    <message>
        <source>Resource logs (*.xlsx *.csv *.txt)</source>
        <translation>Registros de recursos (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>import %s</source>
        <translation>importar %s</translation>
    </message>
    <message>
        <source>Import %d periods from %s</source>
        <translation>Importar %d períodos desde %s</translation>
    </message>
    <message>
        <source>Save the resource log template</source>
        <translation>Guardar la plantilla del registro de recursos</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportar a Excel…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About SCORE Desktop</source>
        <translation>Acerca &amp;de SCORE Desktop</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Undo %s</source>
        <translation>&amp;Deshacer %s</translation>
    </message>
    <message>
        <source>&amp;Redo %s</source>
        <translation>&amp;Rehacer %s</translation>
    </message>
    <message>
        <source>SCORE Desktop</source>
        <translation>SCORE Desktop</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%s&quot; before closing it?</source>
        <translation>¿Guardar los cambios de &quot;%s&quot; antes de cerrarlo?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>SCORE projects (*%s);;All files (*)</source>
        <translation>Proyectos SCORE (*%s);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Opened %s</source>
        <translation>Abierto %s</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>SCORE projects (*%s)</source>
        <translation>Proyectos SCORE (*%s)</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Guardado %s</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel export</source>
        <translation>Exportación a Excel</translation>
    </message>
    <message>
        <source>Exported to %s</source>
        <translation>Exportado a %s</translation>
    </message>
    <message>
        <source>Autosave failed: %s</source>
        <translation>Error en el guardado automático: %s</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>un proyecto sin guardar</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>¿Restaurar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>SCORE Desktop did not close properly last time. Restore the unsaved changes to %s (autosaved %s)?

No discards them; Cancel keeps them for the next start.</source>
        <translation>SCORE Desktop no se cerró correctamente la última vez. ¿Restaurar los cambios sin guardar de %s (guardado automático %s)?

No los descarta; Cancelar los conserva para el próximo inicio.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Select an icon to edit its data.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Seleccione un icono para editar sus datos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Process: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Proceso: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Renombrar paso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Tiempo de ciclo</translation>
    </message>
    <message>
        <source>Mean time per part per machine</source>
        <translation>Tiempo medio por pieza y máquina</translation>
    </message>
    <message>
        <source>Cycle time unit</source>
        <translation>Unidad del tiempo de ciclo</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Coeficiente de variación</translation>
    </message>
    <message>
        <source>Standard deviation / mean (normal and lognormal times)</source>
        <translation>Desviación típica / media (tiempos normales y lognormales)</translation>
    </message>
    <message>
        <source>(typed in)</source>
        <translation>(introducido)</translation>
    </message>
    <message>
        <source>Cycle time from line</source>
        <translation>Tiempo de ciclo de la línea</translation>
    </message>
    <message>
        <source>Take the largest station time of a line balance</source>
        <translation>Tomar el mayor tiempo de estación de un balance de línea</translation>
    </message>
    <message>
        <source>Link cycle time</source>
        <translation>Vincular tiempo de ciclo</translation>
    </message>
    <message>
        <source>Changeover</source>
        <translation>Cambio de formato</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tiempo de funcionamiento</translation>
    </message>
    <message>
        <source>Mean time to repair</source>
        <translation>Tiempo medio de reparación</translation>
    </message>
    <message>
        <source>Uptime from OEE record</source>
        <translation>Tiempo de funcionamiento del registro OEE</translation>
    </message>
    <message>
        <source>Take the availability of an OEE record</source>
        <translation>Tomar la disponibilidad de un registro OEE</translation>
    </message>
    <message>
        <source>Link uptime</source>
        <translation>Vincular tiempo de funcionamiento</translation>
    </message>
    <message>
        <source>Parallel machines</source>
        <translation>Máquinas en paralelo</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operarios</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Desecho</translation>
    </message>
    <message>
        <source>value-adding</source>
        <translation>con valor añadido</translation>
    </message>
    <message>
        <source>Value added</source>
        <translation>Valor añadido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inventory in front&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inventario delante&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>FIFO maximum</source>
        <translation>Máximo FIFO</translation>
    </message>
    <message>
        <source>Kanban cards</source>
        <translation>Tarjetas kanban</translation>
    </message>
    <message>
        <source>Parts counted</source>
        <translation>Piezas contadas</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Eliminar paso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cliente: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <source>pcs/day</source>
        <translation>pcs/día</translation>
    </message>
    <message>
        <source>Demand from</source>
        <translation>Demanda de</translation>
    </message>
    <message>
        <source>Take parts per day (and takt) from a demand record</source>
        <translation>Tomar las piezas por día (y el takt) de un registro de demanda</translation>
    </message>
    <message>
        <source>Link demand</source>
        <translation>Vincular demanda</translation>
    </message>
    <message>
        <source>Shifts per day</source>
        <translation>Turnos por día</translation>
    </message>
    <message>
        <source>Shift length</source>
        <translation>Duración del turno</translation>
    </message>
    <message>
        <source>e.g. 10, 10</source>
        <translation>p. ej. 10, 10</translation>
    </message>
    <message>
        <source>Breaks per shift (min)</source>
        <translation>Pausas por turno (min)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Finished goods counted</source>
        <translation>Productos terminados contados</translation>
    </message>
    <message>
        <source>Finished goods</source>
        <translation>Productos terminados</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supplier: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Proveedor: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Supplier name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kaizen burst&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kaizen burst&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kaizen burst text</source>
        <translation>Texto del kaizen burst</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <source>Delete kaizen burst</source>
        <translation>Eliminar kaizen burst</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flow %1 → %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Flujo %1 → %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Share of the output</source>
        <translation>Parte de la producción</translation>
    </message>
    <message>
        <source>Relative share when a step feeds several others</source>
        <translation>Parte relativa cuando un paso alimenta a varios otros</translation>
    </message>
    <message>
        <source>Flow share</source>
        <translation>Reparto del flujo</translation>
    </message>
    <message>
        <source>Delete flow</source>
        <translation>Eliminar flujo</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a record to the selected tool</source>
        <translation>Añadir un registro a la herramienta seleccionada</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Add %s record</source>
        <translation>Añadir registro de %s</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>A record called &quot;%s&quot; already exists.</source>
        <translation>Ya existe un registro llamado &quot;%s&quot;.</translation>
    </message>
    <message>
        <source>Rename &quot;%s&quot;</source>
        <translation>Renombrar &quot;%s&quot;</translation>
    </message>
    <message>
        <source>Duplicate &quot;%s&quot;</source>
        <translation>Duplicar &quot;%s&quot;</translation>
    </message>
    <message>
        <source>Delete &quot;%s&quot;</source>
        <translation>Eliminar &quot;%s&quot;</translation>
    </message>
    <message>
        <source>OEE</source>
        <translation>OEE</translation>
    </message>
    <message>
        <source>Demand and takt</source>
        <translation>Demanda y takt</translation>
    </message>
    <message>
        <source>Line balancing</source>
        <translation>Balanceo de líneas</translation>
    </message>
    <message>
        <source>Value streams</source>
        <translation>Flujos de valor</translation>
    </message>
    <message>
        <source>Resource efficiency</source>
        <translation>Eficiencia de recursos</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
</context>
<context>
    <name>OeeOverviewPanel</name>
    <message>
        <source>OEE trend</source>
        <translation>Tendencia de OEE</translation>
    </message>
    <message>
        <source>Add OEE records (one per shift, day or machine) to see their trend.</source>
        <translation>Añada registros OEE (uno por turno, día o máquina) para ver su tendencia.</translation>
    </message>
    <message>
        <source>%d record(s) in the trend.</source>
        <translation>%d registro(s) en la tendencia.</translation>
    </message>
    <message>
        <source>Left out because of input errors: %s</source>
        <translation>Excluidos por errores de entrada: %s</translation>
    </message>
</context>
<context>
    <name>OeePanel</name>
    <message>
        <source>Add stop</source>
        <translation>Añadir parada</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Eliminar seleccionadas</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Pegar filas</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel: start (min), duration (min), reason, category</source>
        <translation>Pegar filas copiadas de Excel: inicio (min), duración (min), motivo, categoría</translation>
    </message>
    <message>
        <source>Stop log</source>
        <translation>Registro de paradas</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Shop-floor OEE (Vorne / Nakajima)</source>
        <translation>OEE de planta (Vorne / Nakajima)</translation>
    </message>
    <message>
        <source>ISO 22400-2 OEE index</source>
        <translation>Índice OEE ISO 22400-2</translation>
    </message>
    <message>
        <source>A × P × Q</source>
        <translation>A × P × Q</translation>
    </message>
    <message>
        <source>Six big losses</source>
        <translation>Seis grandes pérdidas</translation>
    </message>
    <message>
        <source>Downtime Pareto</source>
        <translation>Pareto de tiempos de parada</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definición:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;OEE cannot be computed until the input is corrected.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;No se puede calcular el OEE hasta que se corrijan los datos.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Correct the input to see this chart</source>
        <translation>Corrija los datos para ver este gráfico</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;Availability &lt;b&gt;%s&lt;/b&gt; × Effectiveness &lt;b&gt;%s&lt;/b&gt; × Quality ratio &lt;b&gt;%s&lt;/b&gt; = OEE index &lt;b style=&apos;font-size:18pt&apos;&gt;%s&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;Disponibilidad &lt;b&gt;%s&lt;/b&gt; × Efectividad &lt;b&gt;%s&lt;/b&gt; × Tasa de calidad &lt;b&gt;%s&lt;/b&gt; = Índice OEE &lt;b style=&apos;font-size:18pt&apos;&gt;%s&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>ISO 22400-2: planned busy time %.0f min, actual production time %.1f min (breakdowns and setups excluded), NEE %s. Effectiveness is not capped at 100 %%.</source>
        <translation>ISO 22400-2: tiempo de ocupación planificado %.0f min, tiempo real de producción %.1f min (averías y preparaciones excluidas), NEE %s. La efectividad no está limitada al 100 %%.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;Availability &lt;b&gt;%s&lt;/b&gt; × Performance &lt;b&gt;%s&lt;/b&gt; × Quality &lt;b&gt;%s&lt;/b&gt; = OEE &lt;b style=&apos;font-size:18pt&apos;&gt;%s&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;Disponibilidad &lt;b&gt;%s&lt;/b&gt; × Rendimiento &lt;b&gt;%s&lt;/b&gt; × Calidad &lt;b&gt;%s&lt;/b&gt; = OEE &lt;b style=&apos;font-size:18pt&apos;&gt;%s&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>– (enter calendar time)</source>
        <translation>– (introduzca el tiempo calendario)</translation>
    </message>
    <message>
        <source>Planned production time %.0f min, run time %.1f min, fully productive time %.1f min. OOE (shift time %.0f min) %s; TEEP %s. World class: 85 %%.</source>
        <translation>Tiempo de producción planificado %.0f min, tiempo de funcionamiento %.1f min, tiempo plenamente productivo %.1f min. OOE (tiempo de turno %.0f min) %s; TEEP %s. Clase mundial: 85 %%.</translation>
    </message>
    <message>
        <source>Six big losses (min)</source>
        <translation>Seis grandes pérdidas (min)</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Drag onto the map; drop an inventory kind on the process it feeds</source>
        <translation>Arrastre al mapa; suelte un tipo de inventario sobre el proceso al que abastece</translation>
    </message>
</context>
<context>
    <name>ParetoView</name>
    <message>
        <source>Defect category</source>
        <translation>Categoría de defecto</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Añadir categoría</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Eliminar categoría</translation>
    </message>
    <message>
        <source>Defects from</source>
        <translation>Defectos de</translation>
    </message>
    <message>
        <source>No OEE record of this project has rejects yet.</source>
        <translation>Ningún registro OEE de este proyecto tiene rechazos todavía.</translation>
    </message>
    <message>
        <source>Pareto: %s</source>
        <translation>Pareto: %s</translation>
    </message>
    <message>
        <source>Pareto from %s</source>
        <translation>Pareto de %s</translation>
    </message>
    <message>
        <source>Two defect categories have the same name</source>
        <translation>Dos categorías de defecto tienen el mismo nombre</translation>
    </message>
    <message>
        <source>Row %d: the category is empty</source>
        <translation>Fila %d: la categoría está vacía</translation>
    </message>
    <message>
        <source>Row %d: the count &quot;%s&quot; is not a number of 0 or more</source>
        <translation>Fila %d: la cantidad &quot;%s&quot; no es un número igual o mayor que 0</translation>
    </message>
    <message>
        <source>Edit the defect tally</source>
        <translation>Editar el recuento de defectos</translation>
    </message>
    <message>
        <source>Add a defect category</source>
        <translation>Añadir una categoría de defecto</translation>
    </message>
    <message>
        <source>Delete a defect category</source>
        <translation>Eliminar una categoría de defecto</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>As the language</source>
        <translation>Como el idioma</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Números:</translation>
    </message>
    <message>
        <source>Changes take effect when SCORE Desktop is restarted.</source>
        <translation>Los cambios se aplicarán al reiniciar SCORE Desktop.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Line balancing — presentation</source>
        <translation>Balanceo de líneas — presentación</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Reproducir / pausa</translation>
    </message>
    <message>
        <source>Fit graph</source>
        <translation>Ajustar grafo</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>Teclas (F1)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Balance — press → to step through</source>
        <translation>Balanceo — pulse → para avanzar paso a paso</translation>
    </message>
    <message>
        <source>%1: step %2 of %3</source>
        <translation>%1: paso %2 de %3</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source> (this window)</source>
        <translation> (esta ventana)</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Present on</source>
        <translation>Presentar en</translation>
    </message>
    <message>
        <source>→  PageDown  Space  Enter</source>
        <extracomment>action name -&gt; the keys that trigger it</extracomment>
        <translation>→  AvPág  Espacio  Intro</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>paso siguiente</translation>
    </message>
    <message>
        <source>←  PageUp  Backspace</source>
        <translation>←  RePág  Retroceso</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>paso anterior</translation>
    </message>
    <message>
        <source>Home  /  End</source>
        <translation>Inicio  /  Fin</translation>
    </message>
    <message>
        <source>first / last step</source>
        <translation>primer / último paso</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>play / pause</source>
        <translation>reproducir / pausa</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>fit the graph</source>
        <translation>ajustar el grafo</translation>
    </message>
    <message>
        <source>B  or  .</source>
        <translation>B  o  .</translation>
    </message>
    <message>
        <source>blank the screen (again to show)</source>
        <translation>poner la pantalla en negro (otra vez para mostrar)</translation>
    </message>
    <message>
        <source>F1  or  ?</source>
        <translation>F1  o  ?</translation>
    </message>
    <message>
        <source>show / hide this help</source>
        <translation>mostrar / ocultar esta ayuda</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave the presentation</source>
        <translation>salir de la presentación</translation>
    </message>
    <message>
        <source>Presenter keys</source>
        <translation>Teclas del presentador</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Scope, people involved, assumptions…</source>
        <translation>Alcance, personas implicadas, supuestos…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Created / modified</source>
        <translation>Creado / modificado</translation>
    </message>
    <message>
        <source>Change project %s</source>
        <translation>Cambiar proyecto %s</translation>
    </message>
    <message>
        <source>This project holds: %s. Choose a record on the left, or select a tool and press Add.</source>
        <translation>Este proyecto contiene: %s. Elija un registro a la izquierda, o seleccione una herramienta y pulse Añadir.</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Shade 1 and 2 sigma zones</source>
        <translation>Sombrear zonas de 1 y 2 sigma</translation>
    </message>
    <message>
        <source>Present (large print)</source>
        <translation>Presentar (letra grande)</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>Pegar desde Excel</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Data (one row per value or sample)</source>
        <translation>Datos (una fila por valor o muestra)</translation>
    </message>
    <message>
        <source>Control chart</source>
        <translation>Gráfico de control</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacidad de proceso</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <source>Cause and effect</source>
        <translation>Causa y efecto</translation>
    </message>
    <message>
        <source>No data yet: type, paste from Excel or add rows.</source>
        <translation>Aún no hay datos: escriba, pegue desde Excel o añada filas.</translation>
    </message>
    <message>
        <source>Control chart: %s</source>
        <translation>Gráfico de control: %s</translation>
    </message>
    <message>
        <source>The clipboard holds no cells to paste.</source>
        <translation>El portapapeles no contiene celdas para pegar.</translation>
    </message>
</context>
<context>
    <name>QualityPresentation</name>
    <message>
        <source>Quality — presentation</source>
        <translation>Calidad — presentación</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No chart: check the data</source>
        <translation>Sin gráfico: revise los datos</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>not set</source>
        <extracomment>The ground of a refused field; its label turns red and bold.</extracomment>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Cambiar %s</translation>
    </message>
</context>
<context>
    <name>ResourcePanel</name>
    <message>
        <source>Data log</source>
        <translation>Registro de datos</translation>
    </message>
    <message>
        <source>Baseline and savings</source>
        <translation>Línea base y ahorros</translation>
    </message>
    <message>
        <source>Ratios</source>
        <translation>Ratios</translation>
    </message>
    <message>
        <source>Waste and material flow</source>
        <translation>Residuos y flujo de materiales</translation>
    </message>
    <message>
        <source>Factors, prices and notes</source>
        <translation>Factores, precios y notas</translation>
    </message>
    <message>
        <source>Change baseline choices</source>
        <translation>Cambiar opciones de línea base</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Editar notas</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Fijar objetivo</translation>
    </message>
    <message>
        <source>%s · %s data · %d periods · production in %s · costs in %s</source>
        <translation>%s · datos %s · %d periodos · producción en %s · costes en %s</translation>
    </message>
    <message>
        <source>analyse %s</source>
        <translation>analizar %s</translation>
    </message>
    <message>
        <source>The data log is empty: paste or import months to start.</source>
        <translation>El registro de datos está vacío: pegue o importe meses para empezar.</translation>
    </message>
</context>
<context>
    <name>RestrictionsView</name>
    <message>
        <source>e.g. 3, 6; 9, 10</source>
        <translation>p. ej. 3, 6; 9, 10</translation>
    </message>
    <message>
        <source>Groups of tasks that must be done in the same station</source>
        <translation>Grupos de tareas que deben hacerse en la misma estación</translation>
    </message>
    <message>
        <source>e.g. 1, 5</source>
        <translation>p. ej. 1, 5</translation>
    </message>
    <message>
        <source>Pairs of tasks that must be in different stations</source>
        <translation>Pares de tareas que deben estar en estaciones distintas</translation>
    </message>
    <message>
        <source>e.g. 12=5</source>
        <translation>p. ej. 12=5</translation>
    </message>
    <message>
        <source>Tasks fixed to a station, as task=station (from 1)</source>
        <translation>Tareas fijadas a una estación, como tarea=estación (desde 1)</translation>
    </message>
    <message>
        <source>Same station</source>
        <translation>Misma estación</translation>
    </message>
    <message>
        <source>Not together</source>
        <translation>No juntas</translation>
    </message>
    <message>
        <source>Fixed station</source>
        <translation>Estación fija</translation>
    </message>
    <message>
        <source>Change restrictions</source>
        <translation>Cambiar restricciones</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Not simulated yet: press Simulate.</source>
        <translation>Aún no simulado: pulse Simular.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Mean [95 % confidence interval]</source>
        <translation>Media [intervalo de confianza del 95 %]</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Starved</source>
        <translation>Sin material</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Averiado</translation>
    </message>
    <message>
        <source>WIP in front</source>
        <translation>WIP delante</translation>
    </message>
    <message>
        <source>WIP and output</source>
        <translation>WIP y producción</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>No simulation results</source>
        <translation>Sin resultados de simulación</translation>
    </message>
    <message>
        <source>%1 replications of %2 h (first %3 h warm-up).</source>
        <translation>%1 réplicas de %2 h (primeras %3 h de calentamiento).</translation>
    </message>
    <message>
        <source>Bottleneck: %1.</source>
        <translation>Cuello de botella: %1.</translation>
    </message>
    <message>
        <source>The map changed since this run; simulate again. </source>
        <translation>El mapa ha cambiado desde esta ejecución; vuelva a simular. </translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Producción por hora</translation>
    </message>
    <message>
        <source>Lead time (mean)</source>
        <translation>Plazo de entrega (media)</translation>
    </message>
    <message>
        <source>Lead time %1th percentile</source>
        <translation>Plazo de entrega, percentil %1</translation>
    </message>
    <message>
        <source>WIP (time average)</source>
        <translation>WIP (media en el tiempo)</translation>
    </message>
</context>
<context>
    <name>SampleTableModel</name>
    <message>
        <source>Signals (rule)</source>
        <extracomment>(row, column) -&gt; (typed text, why it was refused): shown in the cell until corrected</extracomment>
        <translation>Señales (regla)</translation>
    </message>
    <message>
        <source>Edit row %d</source>
        <translation>Editar fila %d</translation>
    </message>
    <message>
        <source>Add %d row(s)</source>
        <translation>Añadir %d fila(s)</translation>
    </message>
    <message>
        <source>Delete %d row(s)</source>
        <translation>Eliminar %d fila(s)</translation>
    </message>
    <message>
        <source>Paste %d row(s)</source>
        <translation>Pegar %d fila(s)</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <source>Run sensitivity</source>
        <translation>Ejecutar sensibilidad</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Choose a parameter and a range, then run.</source>
        <translation>Elija un parámetro y un rango, y luego ejecute.</translation>
    </message>
</context>
<context>
    <name>SettingsTableModel</name>
    <message>
        <source>Set %s, %s</source>
        <translation>Fijar %s, %s</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Site and units</source>
        <translation>Centro y unidades</translation>
    </message>
    <message>
        <source>Monthly (2024-01)</source>
        <translation>Mensual (2024-01)</translation>
    </message>
    <message>
        <source>Weekly (2024-W05)</source>
        <translation>Semanal (2024-W05)</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Periodos:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Energy carriers: factors and tariffs</source>
        <translation>Portadores de energía: factores y tarifas</translation>
    </message>
    <message>
        <source>Materials: purchase prices</source>
        <translation>Materiales: precios de compra</translation>
    </message>
    <message>
        <source>Waste streams: kind and costs</source>
        <translation>Flujos de residuos: tipo y costes</translation>
    </message>
    <message>
        <source>Set %s</source>
        <translation>Fijar %s</translation>
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
        <translation>OEE, tiempo takt, balanceo de líneas, simulación del flujo de valor y eficiencia de recursos para pequeñas y medianas fábricas.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>No recent projects yet</source>
        <translation>Aún no hay proyectos recientes</translation>
    </message>
</context>
<context>
    <name>StationCountTable</name>
    <message>
        <source>Compute table</source>
        <translation>Calcular tabla</translation>
    </message>
    <message>
        <source>How many stations for which cycle time? For each station count: the shortest cycle time that works.</source>
        <translation>¿Cuántas estaciones para qué tiempo de ciclo? Para cada número de estaciones: el tiempo de ciclo más corto posible.</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Estaciones</translation>
    </message>
    <message>
        <source>Shortest cycle time</source>
        <translation>Tiempo de ciclo más corto</translation>
    </message>
    <message>
        <source>Balance efficiency</source>
        <translation>Eficiencia del balanceo</translation>
    </message>
    <message>
        <source>Proven optimal</source>
        <translation>Óptimo demostrado</translation>
    </message>
    <message>
        <source>station-count table</source>
        <translation>tabla de número de estaciones</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>not proven</source>
        <translation>no demostrado</translation>
    </message>
</context>
<context>
    <name>StopLogModel</name>
    <message>
        <source>Logged as %s; counts as %s because of the %.1f min minor-stop threshold</source>
        <translation>Registrada como %s; cuenta como %s por el umbral de microparada de %.1f min</translation>
    </message>
    <message>
        <source>Stop %d: %s must be a number of minutes, not “%s”</source>
        <translation>Parada %d: %s debe ser un número de minutos, no “%s”</translation>
    </message>
    <message>
        <source>Edit stop %d</source>
        <translation>Editar parada %d</translation>
    </message>
    <message>
        <source>Add stop</source>
        <translation>Añadir parada</translation>
    </message>
    <message>
        <source>Delete %d stop(s)</source>
        <translation>Eliminar %d parada(s)</translation>
    </message>
    <message>
        <source>Pasted line %d: expected start and duration in minutes, then reason and category, separated by tabs</source>
        <translation>Línea pegada %d: se esperaba inicio y duración en minutos, luego motivo y categoría, separados por tabuladores</translation>
    </message>
    <message>
        <source>Paste %d stops</source>
        <translation>Pegar %d paradas</translation>
    </message>
</context>
<context>
    <name>StudyImporter</name>
    <message>
        <source>Import measurements or counts</source>
        <translation>Importar mediciones o recuentos</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.xlsm)</source>
        <translation>Tablas (*.csv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>Import: %s</source>
        <translation>Importar: %s</translation>
    </message>
    <message>
        <source>Import %d rows from %s</source>
        <translation>Importar %d filas de %s</translation>
    </message>
</context>
<context>
    <name>StudySettings</name>
    <message>
        <source>e.g. Bore diameter</source>
        <translation>p. ej. Diámetro del taladro</translation>
    </message>
    <message>
        <source>e.g. mm</source>
        <translation>p. ej. mm</translation>
    </message>
    <message>
        <source>e.g. N1, N2, N5</source>
        <translation>p. ej. N1, N2, N5</translation>
    </message>
    <message>
        <source>Rule codes separated by commas: N1-N8 (Nelson), WE1-WE4 (Western Electric)</source>
        <translation>Códigos de regla separados por comas: N1-N8 (Nelson), WE1-WE4 (Western Electric)</translation>
    </message>
    <message>
        <source> values</source>
        <translation> valores</translation>
    </message>
    <message>
        <source>Consecutive rows form subgroups of this size (rows without a subgroup id)</source>
        <translation>Las filas consecutivas forman subgrupos de este tamaño (filas sin id de subgrupo)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Característica</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Run rules</source>
        <translation>Reglas de rachas</translation>
    </message>
    <message>
        <source>Rule codes</source>
        <translation>Códigos de regla</translation>
    </message>
    <message>
        <source>Subgroup size</source>
        <translation>Tamaño del subgrupo</translation>
    </message>
    <message>
        <source>Lower spec limit (LSL)</source>
        <translation>Límite inferior de especificación (LSL)</translation>
    </message>
    <message>
        <source>Upper spec limit (USL)</source>
        <translation>Límite superior de especificación (USL)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>In the unit of the measurements%s; empty = none</source>
        <translation>En la unidad de las mediciones%s; vacío = ninguno</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Cambiar %s</translation>
    </message>
    <message>
        <source>Choose run rules</source>
        <translation>Elegir reglas de rachas</translation>
    </message>
    <message>
        <source>Run rules: %s</source>
        <translation>Reglas de rachas: %s</translation>
    </message>
    <message>
        <source>Specification limits: %s</source>
        <translation>Límites de especificación: %s</translation>
    </message>
    <message>
        <source>Set the %s</source>
        <translation>Fijar el %s</translation>
    </message>
</context>
<context>
    <name>TaktPanel</name>
    <message>
        <source>Efficiency from</source>
        <translation>Eficiencia a partir de</translation>
    </message>
    <message>
        <source>Demand and shift calendar</source>
        <translation>Demanda y calendario de turnos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Take efficiency from %s</source>
        <translation>Tomar la eficiencia de %s</translation>
    </message>
    <message>
        <source>typed value</source>
        <translation>valor introducido</translation>
    </message>
    <message>
        <source>typed efficiency %.1f %%</source>
        <translation>eficiencia introducida %.1f %%</translation>
    </message>
    <message>
        <source>OEE %.1f %% of &quot;%s&quot; (linked)</source>
        <translation>OEE %.1f %% de &quot;%s&quot; (vinculado)</translation>
    </message>
    <message>
        <source>OEE record &quot;%s&quot; no longer exists; using the typed efficiency %.1f %%</source>
        <translation>El registro OEE &quot;%s&quot; ya no existe; se usa la eficiencia introducida %.1f %%</translation>
    </message>
    <message>
        <source>OEE record &quot;%s&quot; has input errors; using the typed efficiency %.1f %%</source>
        <translation>El registro OEE &quot;%s&quot; tiene errores en los datos; se usa la eficiencia introducida %.1f %%</translation>
    </message>
    <message>
        <source>Typed value below</source>
        <translation>Valor introducido abajo</translation>
    </message>
    <message>
        <source>OEE of %s</source>
        <translation>OEE de %s</translation>
    </message>
    <message>
        <source>%s (missing)</source>
        <translation>%s (falta)</translation>
    </message>
    <message>
        <source>Correct the input to see this chart</source>
        <translation>Corrija los datos para ver este gráfico</translation>
    </message>
    <message>
        <source>%s s %s (%.1f h)</source>
        <translation>%s s %s (%.1f h)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%.1f s&lt;/b&gt; = %.2f min per unit</source>
        <translation>&lt;b&gt;%.1f s&lt;/b&gt; = %.2f min por unidad</translation>
    </message>
    <message>
        <source>%.1f units/h, %s units/day</source>
        <translation>%.1f unidades/h, %s unidades/día</translation>
    </message>
    <message>
        <source>%.1f s (takt × %s)</source>
        <translation>%.1f s (takt × %s)</translation>
    </message>
    <message>
        <source>– (enter the work content)</source>
        <translation>– (introduzca el contenido de trabajo)</translation>
    </message>
    <message>
        <source>%d at takt (work content %s s ÷ takt %.1f s, rounded up)</source>
        <translation>%d al takt (contenido de trabajo %s s ÷ takt %.1f s, redondeado hacia arriba)</translation>
    </message>
    <message>
        <source>; %d at the planned cycle time</source>
        <translation>; %d al tiempo de ciclo planificado</translation>
    </message>
    <message>
        <source>%s s = %.1f min per container of %d</source>
        <translation>%s s = %.1f min por contenedor de %d</translation>
    </message>
    <message>
        <source>%s at ideal speed</source>
        <translation>%s a velocidad ideal</translation>
    </message>
    <message>
        <source>%s at its OEE</source>
        <translation>%s a su OEE</translation>
    </message>
    <message>
        <source>%d operators at %.0f %% efficiency</source>
        <translation>%d operarios al %.0f %% de eficiencia</translation>
    </message>
    <message>
        <source>Capacity bars use the available time of the period; link an OEE record or enter the work content to compare.</source>
        <translation>Las barras de capacidad usan el tiempo disponible del periodo; vincule un registro OEE o introduzca el contenido de trabajo para comparar.</translation>
    </message>
</context>
<context>
    <name>TaskTableActions</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a task below the selected row</source>
        <translation>Añadir una tarea debajo de la fila seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected tasks</source>
        <translation>Eliminar las tareas seleccionadas</translation>
    </message>
    <message>
        <source>Move the task up</source>
        <translation>Subir la tarea</translation>
    </message>
    <message>
        <source>Move the task down</source>
        <translation>Bajar la tarea</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel: task, description, time, predecessors</source>
        <translation>Pegar filas copiadas de Excel: tarea, descripción, tiempo, predecesoras</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Read a task table: CSV, Excel, Scholl .IN2 or Otto .alb</source>
        <translation>Leer una tabla de tareas: CSV, Excel, Scholl .IN2 u Otto .alb</translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>Importar tareas</translation>
    </message>
    <message>
        <source>task import</source>
        <translation>importación de tareas</translation>
    </message>
    <message>
        <source>Import tasks from %1</source>
        <translation>Importar tareas de %1</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Tiempo (%1)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Predecesoras</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Edit %1 of task %2</source>
        <translation>Editar %1 de la tarea %2</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Eliminar %n tarea</numerusform>
            <numerusform>Eliminar %n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>Mover tarea</translation>
    </message>
    <message>
        <source>Paste tasks</source>
        <translation>Pegar tareas</translation>
    </message>
    <message>
        <source>Add relation %1 → %2</source>
        <translation>Añadir relación %1 → %2</translation>
    </message>
</context>
<context>
    <name>ValueStreamPanel</name>
    <message>
        <source>Add process</source>
        <translation>Añadir proceso</translation>
    </message>
    <message>
        <source>Add a process box</source>
        <translation>Añadir una caja de proceso</translation>
    </message>
    <message>
        <source>Add kaizen burst</source>
        <translation>Añadir explosión kaizen</translation>
    </message>
    <message>
        <source>Add an improvement note</source>
        <translation>Añadir una nota de mejora</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Drag from one icon to another to add a material flow</source>
        <translation>Arrastre de un icono a otro para añadir un flujo de material</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected icon</source>
        <translation>Eliminar el icono seleccionado</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Distribución automática</translation>
    </message>
    <message>
        <source>Place the icons left to right along the flow</source>
        <translation>Colocar los iconos de izquierda a derecha a lo largo del flujo</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Mostrar el mapa completo</translation>
    </message>
    <message>
        <source>Copy as future state</source>
        <translation>Copiar como estado futuro</translation>
    </message>
    <message>
        <source>A copy of this map to edit as the future state</source>
        <translation>Una copia de este mapa para editar como estado futuro</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF (A3 landscape)</source>
        <translation>Guardar el mapa como PNG, SVG o PDF (A3 horizontal)</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simular</translation>
    </message>
    <message>
        <source>Run the map in the background with these settings</source>
        <translation>Ejecutar el mapa en segundo plano con estos ajustes</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Factory Physics</source>
        <translation>Factory Physics</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Kaizen</source>
        <translation>Kaizen</translation>
    </message>
    <message>
        <source>Drop an inventory icon on the process it feeds.</source>
        <translation>Suelte un icono de inventario sobre el proceso al que abastece.</translation>
    </message>
    <message>
        <source>Inventory kind</source>
        <translation>Tipo de inventario</translation>
    </message>
    <message>
        <source>Move icon</source>
        <translation>Mover icono</translation>
    </message>
    <message>
        <source>Move kaizen burst</source>
        <translation>Mover explosión kaizen</translation>
    </message>
    <message>
        <source>Delete kaizen burst</source>
        <translation>Eliminar explosión kaizen</translation>
    </message>
    <message>
        <source>Delete flow</source>
        <translation>Eliminar flujo</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Eliminar paso</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Estado futuro</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Exportar mapa</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF, A3 landscape (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;PDF, A3 horizontal (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation>No se puede simular: %1</translation>
    </message>
    <message>
        <source>Add a second map to compare with.</source>
        <translation>Añada un segundo mapa con el que comparar.</translation>
    </message>
    <message>
        <source>Simulate both maps to compare them (%1 and %2).</source>
        <translation>Simule ambos mapas para compararlos (%1 y %2).</translation>
    </message>
</context>
<context>
    <name>VsmMap</name>
    <message>
        <source>Production Control</source>
        <translation>Control de producción</translation>
    </message>
    <message>
        <source>util. %1 %</source>
        <translation>util. %1 %</translation>
    </message>
    <message>
        <source>BOTTLENECK</source>
        <translation>CUELLO DE BOTELLA</translation>
    </message>
    <message>
        <source>WIP %1 (sim.)</source>
        <translation>WIP %1 (sim.)</translation>
    </message>
    <message>
        <source>Simulated share of time:</source>
        <translation>Proporción de tiempo simulada:</translation>
    </message>
    <message>
        <source>Process box by utilisation:</source>
        <translation>Caja de proceso según utilización:</translation>
    </message>
    <message>
        <source>bottleneck (most often active)</source>
        <translation>cuello de botella (activo con más frecuencia)</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>MRP · weekly schedule</source>
        <translation>MRP · programa semanal</translation>
    </message>
</context>
<context>
    <name>WasteView</name>
    <message>
        <source>Whole log</source>
        <translation>Registro completo</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Periodo base</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Periodo de informe</translation>
    </message>
    <message>
        <source>Cost-of-waste Pareto</source>
        <translation>Pareto del coste de los residuos</translation>
    </message>
    <message>
        <source>Material flow</source>
        <translation>Flujo de materiales</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Periodos:</translation>
    </message>
    <message>
        <source>Material in %s kg, in product %s kg, lost %s kg: &lt;b&gt;loss rate %.1f %%&lt;/b&gt; of the material bought.</source>
        <translation>Material de entrada %s kg, en el producto %s kg, perdido %s kg: &lt;b&gt;tasa de pérdida %.1f %%&lt;/b&gt; del material comprado.</translation>
    </message>
    <message>
        <source>Cost of waste over %d periods &lt;b&gt;%s %s&lt;/b&gt; (lost material, disposal, energy and labour spent on it, less scrap sales).</source>
        <translation>Coste de los residuos en %d periodos &lt;b&gt;%s %s&lt;/b&gt; (material perdido, eliminación, energía y mano de obra dedicadas, menos ventas de chatarra).</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Flujo de residuos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quantity [kg]</source>
        <translation>Cantidad [kg]</translation>
    </message>
    <message>
        <source>Material value [%s]</source>
        <translation>Valor del material [%s]</translation>
    </message>
    <message>
        <source>Disposal [%s]</source>
        <translation>Eliminación [%s]</translation>
    </message>
    <message>
        <source>Energy [%s]</source>
        <translation>Energía [%s]</translation>
    </message>
    <message>
        <source>Labour [%s]</source>
        <translation>Mano de obra [%s]</translation>
    </message>
    <message>
        <source>Scrap sales [%s]</source>
        <translation>Ventas de chatarra [%s]</translation>
    </message>
    <message>
        <source>Cost of waste [%s]</source>
        <translation>Coste de los residuos [%s]</translation>
    </message>
    <message>
        <source>No cost of waste for these periods</source>
        <translation>Sin coste de residuos para estos periodos</translation>
    </message>
    <message>
        <source>The material flow needs materials and material in product [kg]</source>
        <translation>El flujo de materiales necesita materiales y material en el producto [kg]</translation>
    </message>
</context>
<context>
    <name>YamazumiView</name>
    <message>
        <source>No balance yet</source>
        <translation>Aún no hay balanceo</translation>
    </message>
    <message>
        <source>Station time</source>
        <translation>Tiempo de estación</translation>
    </message>
    <message>
        <source>cycle time</source>
        <translation>tiempo de ciclo</translation>
    </message>
    <message>
        <source>takt</source>
        <translation>takt</translation>
    </message>
    <message>
        <source>no station</source>
        <translation>sin estación</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 más</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 falló</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Specific energy</source>
        <translation>Energía específica</translation>
    </message>
    <message>
        <source>Energy productivity</source>
        <translation>Productividad energética</translation>
    </message>
    <message>
        <source>Material productivity</source>
        <translation>Productividad de materiales</translation>
    </message>
    <message>
        <source>Water productivity</source>
        <translation>Productividad del agua</translation>
    </message>
    <message>
        <source>Waste intensity</source>
        <translation>Intensidad de residuos</translation>
    </message>
    <message>
        <source>Value added per kWh</source>
        <translation>Valor añadido por kWh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Averías</translation>
    </message>
    <message>
        <source>Setup &amp; adjustment</source>
        <translation>Preparación &amp; ajuste</translation>
    </message>
    <message>
        <source>Minor stops</source>
        <translation>Microparadas</translation>
    </message>
    <message>
        <source>Reduced speed</source>
        <translation>Velocidad reducida</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Defectos</translation>
    </message>
    <message>
        <source>Start-up rejects</source>
        <translation>Rechazos de arranque</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>Date / shift</source>
        <translation>Fecha / turno</translation>
    </message>
    <message>
        <source>Shift length</source>
        <translation>Duración del turno</translation>
    </message>
    <message>
        <source>Planned breaks</source>
        <translation>Pausas planificadas</translation>
    </message>
    <message>
        <source>Ideal cycle time</source>
        <translation>Tiempo de ciclo ideal</translation>
    </message>
    <message>
        <source>s/part</source>
        <translation>s/pieza</translation>
    </message>
    <message>
        <source>The fastest possible time for one part (nameplate or best demonstrated speed).</source>
        <translation>El tiempo más rápido posible para una pieza (velocidad nominal o mejor velocidad demostrada).</translation>
    </message>
    <message>
        <source>Total count</source>
        <translation>Cantidad total</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>piezas</translation>
    </message>
    <message>
        <source>Good count</source>
        <translation>Cantidad buena</translation>
    </message>
    <message>
        <source>Rejects made while the process warms up; part of total - good.</source>
        <translation>Rechazos producidos mientras el proceso se calienta; parte de total - buenas.</translation>
    </message>
    <message>
        <source>Minor-stop threshold</source>
        <translation>Umbral de microparada</translation>
    </message>
    <message>
        <source>Unplanned stops shorter than this count as minor stops (performance loss), longer ones as breakdowns.</source>
        <translation>Las paradas no planificadas más cortas que esto cuentan como microparadas (pérdida de rendimiento); las más largas, como averías.</translation>
    </message>
    <message>
        <source>Calendar time (for TEEP)</source>
        <translation>Tiempo calendario (para TEEP)</translation>
    </message>
    <message>
        <source>All calendar time of the period, e.g. 1,440 min for a day.</source>
        <translation>Todo el tiempo calendario del periodo, p. ej. 1,440 min para un día.</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Paradas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>min from the shift start</source>
        <translation>min desde el inicio del turno</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>Customer demand</source>
        <translation>Demanda del cliente</translation>
    </message>
    <message>
        <source>Demand period</source>
        <translation>Periodo de demanda</translation>
    </message>
    <message>
        <source>Working days per period</source>
        <translation>Días laborables por periodo</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Shifts per day</source>
        <translation>Turnos por día</translation>
    </message>
    <message>
        <source>shifts</source>
        <translation>turnos</translation>
    </message>
    <message>
        <source>Breaks per shift</source>
        <translation>Pausas por turno</translation>
    </message>
    <message>
        <source>Pack-out quantity</source>
        <translation>Cantidad por embalaje</translation>
    </message>
    <message>
        <source>parts/container</source>
        <translation>piezas/contenedor</translation>
    </message>
    <message>
        <source>Efficiency (typed)</source>
        <translation>Eficiencia (introducida)</translation>
    </message>
    <message>
        <source>Fraction of takt the line is planned to run at, e.g. 0.85</source>
        <translation>Fracción del takt a la que se planifica que funcione la línea, p. ej. 0.85</translation>
    </message>
    <message>
        <source>Efficiency from OEE record</source>
        <translation>Eficiencia del registro OEE</translation>
    </message>
    <message>
        <source>Work content per part</source>
        <translation>Contenido de trabajo por pieza</translation>
    </message>
    <message>
        <source>Total manual work per part, for the minimum number of operators.</source>
        <translation>Trabajo manual total por pieza, para el número mínimo de operarios.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Preparing the line-balancing solver in the background (first run only)…</source>
        <translation>Preparando el solucionador de balanceo de líneas en segundo plano (solo la primera vez)…</translation>
    </message>
    <message>
        <source>The line-balancing solver is ready.</source>
        <translation>El solucionador de balanceo de líneas está listo.</translation>
    </message>
</context>
</TS>
