@NullMarked
package org.cellbook.analysis.voltammetry;

import org.jspecify.annotations.NullMarked;
