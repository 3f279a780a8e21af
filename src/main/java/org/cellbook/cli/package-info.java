@NullMarked
package org.cellbook.cli;

import org.jspecify.annotations.NullMarked;
